using Npgsql;

namespace CsWarehouse.Benchmarks;

/// <summary>A warehouse as it stood before a run that changes it, put back before each repeat of that run.</summary>
public abstract class KeptWarehouse : IDisposable
{
    /// <summary>Makes the warehouse again what it was when kept.</summary>
    public abstract void PutBack();

    /// <summary>Drops the kept copy; the warehouse stays as the last run left it.</summary>
    public abstract void Dispose();

    /// <summary>The DuckDB file, copied aside: a load closes it checkpointed, so the file is the whole warehouse.</summary>
    public static KeptWarehouse DuckDb(string file) => new DuckDbCopy(file);

    /// <summary>The PostgreSQL database, copied as the template of the one put back.</summary>
    public static KeptWarehouse Postgres(string server, string database) => new PostgresCopy(server, database);

    private sealed class DuckDbCopy : KeptWarehouse
    {
        private readonly string _file;
        private readonly string _copy;

        public DuckDbCopy(string file)
        {
            if (File.Exists(file + ".wal")) throw new InvalidOperationException($"{file} was not closed checkpointed: its write-ahead log is still there.");
            _file = file;
            _copy = file + ".kept";
            File.Copy(file, _copy, overwrite: true);
        }

        public override void PutBack()
        {
            File.Delete(_file + ".wal");
            File.Copy(_copy, _file, overwrite: true);
        }

        public override void Dispose() => File.Delete(_copy);
    }

    private sealed class PostgresCopy : KeptWarehouse
    {
        private readonly string _server;
        private readonly string _database;
        private readonly string _copy;

        public PostgresCopy(string server, string database)
        {
            (_server, _database, _copy) = (server, database, database + "_kept");
            PostgresAdmin.Execute(server, $"drop database if exists {_copy} with (force)", $"create database {_copy} template {database}");
        }

        public override void PutBack() =>
            PostgresAdmin.Execute(_server, $"drop database {_database} with (force)", $"create database {_database} template {_copy}");

        public override void Dispose() => PostgresAdmin.Execute(_server, $"drop database if exists {_copy} with (force)");
    }
}

/// <summary>Statements run on a PostgreSQL server's maintenance database (creating and dropping the benchmark's own).</summary>
public static class PostgresAdmin
{
    public static void Execute(string server, params string[] statements)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        foreach (var statement in statements)
            new NpgsqlCommand(statement, connection) { CommandTimeout = 0 }.ExecuteNonQuery();
    }
}
