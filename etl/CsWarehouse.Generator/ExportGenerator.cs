using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Catalog;
using CsWarehouse.Generator.Customers;
using CsWarehouse.Generator.Finance;
using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Randomness;
using CsWarehouse.Generator.Support;
using CsWarehouse.Generator.Time;
using F = CsWarehouse.Generator.Output.ContractFiles;

namespace CsWarehouse.Generator;

/// <summary>Generates a complete, deterministic canonical export folder with correlated customer-service behaviour.</summary>
public static class ExportGenerator
{
    /// <summary>Writes every contract file into <see cref="GeneratorOptions.OutDir"/>, streaming customer by customer.</summary>
    /// <exception cref="ArgumentException">An option is out of range or the time zone is unknown.</exception>
    public static GeneratorResult Run(GeneratorOptions options, Action<string>? progress = null)
    {
        options.Validate();
        var period = PeriodFor(options);
        Directory.CreateDirectory(options.OutDir);
        var output = new OutputSet(options.OutDir, period.Clock, options.DirtyRate);
        try
        {
            Simulate(options, period, output, progress ?? (_ => { }));
        }
        finally
        {
            output.Dispose();
        }
        GeneratorManifest.Write(options.OutDir, options, output);
        var counts = output.Counts().ToList();
        return new GeneratorResult(counts.Select(c => new GeneratedFile(c.File, c.Rows)).ToList(), counts.Sum(c => c.Injected));
    }

    private static ExportPeriod PeriodFor(GeneratorOptions options)
    {
        var start = options.StartMonth;
        long Utc(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
        var clock = new ZoneClock(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone),
            Utc(start.AddMonths(-ExportPeriod.HistoryMonths - 1)), Utc(start.AddMonths(options.Months + 3)));
        return new ExportPeriod(start, options.Months, clock, Rng.For(options.Seed, RngStream.Period));
    }

    // Order matters only for readability: each concern draws from its own random stream.
    private static void Simulate(GeneratorOptions options, ExportPeriod period, OutputSet output, Action<string> progress)
    {
        int seed = options.Seed;
        PlanWriter.Write(output[F.Plans]);
        FxRates.Write(period, output[F.FxRates], Rng.For(seed, RngStream.Fx));
        var agents = RosterBuilder.Build(options.Customers, period, Rng.For(seed, RngStream.Roster));
        AgentWriter.WriteFinal(agents, output[F.Agents]);
        AgentWriter.WriteAtStart(agents, period.FirstDay, output.RosterAtStart);
        var schedule = ShiftSchedule.Write(agents, period, output[F.AgentShifts], Rng.For(seed, RngStream.Schedule));
        progress($"{agents.Length} agents, {output[F.AgentShifts].Rows} shifts");
        var tables = new SupportTables
        {
            Period = period,
            Schedule = schedule,
            Tickets = output[F.Tickets],
            Messages = output[F.TicketMessages],
            Calls = output[F.Calls],
            Surveys = output[F.Surveys],
        };
        var life = new CustomerLife(tables, output[F.Customers], output[F.Subscriptions], seed);
        int step = Math.Max(1, options.Customers / 10);
        for (int i = 0; i < options.Customers; i++)
        {
            life.Live(i);
            if ((i + 1) % step == 0) progress($"customers {i + 1}/{options.Customers}, tickets {tables.Tickets.Rows}");
        }
        SupportCosts.Write(agents, period, output[F.SupportCosts], Rng.For(seed, RngStream.Costs));
        Targets.Write(agents, options.Customers, period, output[F.Targets]);
    }
}
