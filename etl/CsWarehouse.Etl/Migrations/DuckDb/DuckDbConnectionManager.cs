using System.Data;
using System.Diagnostics.CodeAnalysis;
using DbUp.Engine.Transactions;
using DuckDB.NET.Data;

namespace CsWarehouse.Etl.Migrations.DuckDb;

/// <summary>Lends DbUp the caller's open DuckDB connection without ever closing or disposing it.</summary>
public sealed class DuckDbConnectionManager(DuckDBConnection connection)
    : DatabaseConnectionManager(_ => new BorrowedConnection(connection))
{
    // DuckDB.NET runs a multi-statement script as one command, so the script is never split.
    public override IEnumerable<string> SplitScriptIntoCommands(string scriptContents) =>
        string.IsNullOrWhiteSpace(scriptContents) ? [] : [scriptContents];

    // DbUp disposes its connection after every operation; DuckDB allows one writing process per file,
    // so the application keeps one connection for the whole run and DbUp must only borrow it.
    sealed class BorrowedConnection(DuckDBConnection inner) : IDbConnection
    {
        [AllowNull]
        public string ConnectionString { get => inner.ConnectionString; set => inner.ConnectionString = value; }
        public int ConnectionTimeout => inner.ConnectionTimeout;
        public string Database => inner.Database;
        public ConnectionState State => inner.State;
        public IDbTransaction BeginTransaction() => inner.BeginTransaction();
        public IDbTransaction BeginTransaction(IsolationLevel il) => inner.BeginTransaction(il);
        public void ChangeDatabase(string databaseName) => inner.ChangeDatabase(databaseName);
        public IDbCommand CreateCommand() => inner.CreateCommand();
        public void Open() { if (inner.State != ConnectionState.Open) inner.Open(); }
        public void Close() { }
        public void Dispose() { }
    }
}
