using CsWarehouse.Generator.Agents;
using CsWarehouse.Generator.Output;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Support;

/// <summary>What the support simulation shares: the period, who is on shift, the output files and the id counters.</summary>
internal sealed class SupportTables
{
    private long _tickets, _messages, _calls, _responses;

    public required ExportPeriod Period { get; init; }
    public required ShiftSchedule Schedule { get; init; }
    public required CsvTable Tickets { get; init; }
    public required CsvTable Messages { get; init; }
    public required CsvTable Calls { get; init; }
    public required CsvTable Surveys { get; init; }

    public long Export => Period.ExportUtc;

    public long NextTicket() => ++_tickets;

    public long NextMessage() => ++_messages;

    public long NextCall() => ++_calls;

    public long NextResponse() => ++_responses;

    public int LocalDay(long utc) => CivilDate.DayOf(Period.Local(utc));

    public double SeasonAt(long utc) => Period.Months[Period.MonthOf(LocalDay(utc))].Season;

    /// <summary>The next moment the team works, in UTC, from an instant.</summary>
    public long NextOpen(long utc) => Period.Clock.ToUtc(SupportHours.NextOpen(Period.Local(utc)));

    public const string TicketPrefix = "T";
    public const string MessagePrefix = "M";
    public const string CallPrefix = "CL";
    public const string ResponsePrefix = "R";
    public const int IdDigits = 8;
}
