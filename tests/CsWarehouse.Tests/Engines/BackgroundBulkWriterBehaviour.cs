using CsWarehouse.Etl.Configuration;
using CsWarehouse.Etl.Engines;
using CsWarehouse.Tests.Support;
using Dapper;

namespace CsWarehouse.Tests.Engines;

/// <summary>Staging rows written from a second thread reach the engine whole and in order, and its errors reach the caller.</summary>
public abstract class BackgroundBulkWriterBehaviour
{
    protected abstract EngineKind Engine { get; }

    private static readonly TableLayout Table = new("stg", "writer_probe",
        [new ColumnLayout("line_number", ValueKind.Int64), new ColumnLayout("label", ValueKind.Text)]);

    /// <summary>A transaction in which the probe table exists.</summary>
    private static System.Data.Common.DbTransaction WithProbeTable(IWarehouseEngine engine)
    {
        var tx = engine.Connection.BeginTransaction();
        engine.Connection.Execute("create table stg.writer_probe (line_number bigint, label varchar(20))", transaction: tx);
        return tx;
    }

    [SkippableFact]
    public void Every_row_reaches_the_table_once_in_the_order_written_though_the_caller_reuses_its_array()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var engine = warehouse.Open();
        using var tx = WithProbeTable(engine);
        const int rows = 10_007; // not a whole number of batches
        var values = new object?[2];
        using (var writer = new BackgroundBulkWriter(engine.OpenBulkWriter(Table, tx)))
        {
            for (var i = 1; i <= rows; i++)
            {
                values[0] = (long)i;
                values[1] = i % 3 == 0 ? null : $"row {i}";
                writer.WriteRow(values);
            }
            writer.Complete();
        }

        var stored = engine.Connection.Query<(long Line, string? Label)>(
            "select line_number, label from stg.writer_probe order by line_number", transaction: tx).ToList();
        Assert.Equal(Enumerable.Range(1, rows).Select(i => (long)i), stored.Select(r => r.Line));
        Assert.All(stored, r => Assert.Equal(r.Line % 3 == 0 ? null : $"row {r.Line}", r.Label));
    }

    [SkippableFact]
    public void A_row_the_engine_cannot_take_fails_the_write_with_the_engines_own_error()
    {
        using var warehouse = TestWarehouse.Create(Engine);
        using var engine = warehouse.Open();
        using var tx = WithProbeTable(engine);
        var expected = Record.Exception(() =>
        {
            using var direct = engine.OpenBulkWriter(Table, tx);
            direct.WriteRow([1L, new Uri("https://example.com/")]);
            direct.Complete();
        });
        Assert.NotNull(expected);
        tx.Rollback();

        using var tx2 = WithProbeTable(engine);
        var failure = Record.Exception(() =>
        {
            using var writer = new BackgroundBulkWriter(engine.OpenBulkWriter(Table, tx2));
            // Far more rows than the queue holds: the caller must learn of the failure, not wait for room forever.
            for (var i = 0; i < 100_000; i++)
                writer.WriteRow([(long)i, i == 5 ? new Uri("https://example.com/") : "ok"]);
            writer.Complete();
        });
        Assert.NotNull(failure);
        Assert.Equal(expected.GetType(), failure.GetType());
        Assert.Equal(expected.Message, failure.Message);
    }
}

public sealed class DuckDbBackgroundBulkWriterBehaviour : BackgroundBulkWriterBehaviour
{
    protected override EngineKind Engine => EngineKind.DuckDb;
}

public sealed class PostgresBackgroundBulkWriterBehaviour : BackgroundBulkWriterBehaviour
{
    protected override EngineKind Engine => EngineKind.Postgres;
}
