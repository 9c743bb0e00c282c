using System.Data.Common;
using CsWarehouse.Etl.Migrations;
using Dapper;

namespace CsWarehouse.Etl.Checks;

/// <summary>Every data test of a warehouse: the generated generic ones, then the business rules of warehouse/tests.</summary>
public static class DataChecks
{
    public static IReadOnlyList<DataCheck> All(DbConnection connection, DbTransaction? transaction = null) =>
        [.. GeneratedChecks.From(WarehouseColumns(connection, transaction)), .. HandWritten];

    /// <summary>The business rules, one select per file under warehouse/tests; the file's first comment says what fails.</summary>
    public static IReadOnlyList<DataCheck> HandWritten { get; } = WarehouseScripts.DataTests
        .Select(s => new DataCheck(
            s.FileName[..^".sql".Length],
            s.Text.Split('\n')[0].TrimStart('-', ' ').Trim(),
            s.Text.TrimEnd().TrimEnd(';')))
        .ToList();

    /// <summary>The dw tables and their columns in table order, as the engine itself describes them.</summary>
    private static Dictionary<string, IReadOnlyList<string>> WarehouseColumns(DbConnection connection, DbTransaction? transaction) =>
        connection.Query<(string Table, string Column)>("""
                select c.table_name, c.column_name
                from information_schema.columns c
                join information_schema.tables t
                  on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'dw' and t.table_type = 'BASE TABLE'
                order by c.table_name, c.ordinal_position
                """, transaction: transaction)
            .GroupBy(c => c.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Column).ToList(), StringComparer.Ordinal);
}
