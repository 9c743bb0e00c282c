using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using DbUp.Engine.Transactions;

namespace CsWarehouse.Etl.Migrations;

/// <summary>
/// Lends DbUp the run's open connection and its transaction, so run-once scripts, the journal and the views all
/// land in one transaction of the session that holds the run lock. DbUp neither closes the connection nor starts or
/// ends a transaction of its own (it runs in its "no transaction" mode); every command it creates is enlisted in
/// <paramref name="transaction"/>, which SQL Server requires and the other engines accept.
/// </summary>
public sealed class BorrowedConnectionManager(DbConnection connection, DbTransaction transaction, Func<string, IEnumerable<string>> split)
    : DatabaseConnectionManager(_ => new BorrowedConnection(connection, transaction))
{
    public override IEnumerable<string> SplitScriptIntoCommands(string scriptContents) => split(scriptContents);

    private sealed class BorrowedConnection(DbConnection inner, DbTransaction transaction) : IDbConnection
    {
        [AllowNull]
        public string ConnectionString { get => inner.ConnectionString; set => throw new NotSupportedException(); }
        public int ConnectionTimeout => inner.ConnectionTimeout;
        public string Database => inner.Database;
        public ConnectionState State => inner.State;
        public IDbTransaction BeginTransaction() => throw new NotSupportedException("the migration's transaction is the caller's");
        public IDbTransaction BeginTransaction(IsolationLevel il) => BeginTransaction();
        public void ChangeDatabase(string databaseName) => throw new NotSupportedException();

        public IDbCommand CreateCommand()
        {
            var command = inner.CreateCommand();
            command.Transaction = transaction;
            return command;
        }

        public void Open() { }
        public void Close() { }
        public void Dispose() { }
    }
}
