namespace CsWarehouse.Etl.Migrations;

/// <summary>A migration script failed; nothing of that script was applied.</summary>
public sealed class MigrationException(string script, Exception? inner)
    : Exception($"Migration script {script} failed: {inner?.Message}", inner)
{
    public string Script { get; } = script;
}
