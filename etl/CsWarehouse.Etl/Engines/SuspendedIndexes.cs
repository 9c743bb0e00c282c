using System.Data.Common;
using Dapper;

namespace CsWarehouse.Etl.Engines;

/// <summary>Indexes dropped for the length of a bulk write, with the statements that build them again.</summary>
public sealed class SuspendedIndexes(IReadOnlyList<string> createStatements)
{
    public static readonly SuspendedIndexes None = new([]);

    public int Count => createStatements.Count;

    /// <summary>Builds the indexes again, in the same transaction that dropped them.</summary>
    public void Restore(DbConnection connection, DbTransaction transaction)
    {
        foreach (var statement in createStatements)
            connection.Execute(statement, transaction: transaction, commandTimeout: 0);
    }
}
