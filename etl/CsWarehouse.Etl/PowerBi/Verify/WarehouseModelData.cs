using System.Data.Common;
using CsWarehouse.Etl.PowerBi.Dax;

namespace CsWarehouse.Etl.PowerBi.Verify;

/// <summary>Fills the model's tables from the warehouse: each table reads the columns of the view or table its query names, as a refresh would.</summary>
internal static class WarehouseModelData
{
    public static DaxModel Load(DbConnection connection, SemanticModelFile model)
    {
        var tables = model.Tables.Select(t => Read(connection, t)).ToList();
        var relationships = model.Relationships.Select(r => new DaxRelationship(r.FromTable, r.FromColumn, r.ToTable, r.ToColumn));
        return new DaxModel(tables, relationships, model.Measures, model.DateColumn);
    }

    private static DaxTable Read(DbConnection connection, ModelTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select {string.Join(", ", table.Columns.Select(c => c.Source))} from {table.Schema}.{table.Item}";
        command.CommandTimeout = 0;
        var rows = new List<object?[]>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new object?[table.Columns.Count];
                for (var i = 0; i < row.Length; i++) row[i] = DaxValues.Normalize(reader.IsDBNull(i) ? null : reader.GetValue(i));
                rows.Add(row);
            }
        }
        return new DaxTable(table.Name, table.Columns.Select(c => c.Name).ToList(), rows);
    }
}
