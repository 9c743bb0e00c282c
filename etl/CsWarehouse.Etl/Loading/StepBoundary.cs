namespace CsWarehouse.Etl.Loading;

/// <summary>
/// Named points between the steps of a run, where the fault-injection tests stop the real program to kill it.
/// Only those tests set <see cref="Variable"/>; it is not a user setting and is not in --help. When it names the
/// step just finished, the process reports "paused at STEP" on standard error and waits — to be killed, or for a
/// line on standard input to go on (after the test has broken something underneath it).
/// </summary>
public static class StepBoundary
{
    public const string Variable = "CSWH_TEST_PAUSE_AT";

    public const string Migrate = "migrate";   // run-once scripts applied, views not yet, inside the migration
    public const string Views = "views";       // views replaced, the migration not yet committed
    public const string Stage = "stage";       // every file staged (on DuckDB, the staged rows committed), nothing conformed
    public const string Conform = "conform";   // dw conformed, the run not yet recorded
    public const string Commit = "commit";     // the run recorded, just before its commit

    public static readonly string[] All = [Migrate, Views, Stage, Conform, Commit];

    private static readonly string? PauseAt = Environment.GetEnvironmentVariable(Variable);

    public static void Reached(string step)
    {
        if (PauseAt is null || !string.Equals(PauseAt, step, StringComparison.Ordinal)) return;
        Console.Error.WriteLine($"paused at {step}");
        Console.Error.Flush();
        Console.In.ReadLine();
    }
}
