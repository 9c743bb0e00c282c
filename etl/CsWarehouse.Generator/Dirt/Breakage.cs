using System.Globalization;
using CsWarehouse.Generator.Output;
using static CsWarehouse.Generator.Dirt.RuleKind;

namespace CsWarehouse.Generator.Dirt;

/// <summary>Rewrites one field of a clean row so that the row breaks exactly the given rule.</summary>
internal static class Breakage
{
    public static void Apply(DirtRule rule, CsvTable table, long occurrence)
    {
        var row = table.Row;
        int column = table.ColumnIndex(rule.Column);
        string value = row[column].ToString();
        row.Replace(column, rule.Kind switch
        {
            MissingRequired => "",
            UnparseableTimestamp => MonthBeyondTwelve(value, "2025-01-01T00:00:00"),
            UnparseableDate => MonthBeyondTwelve(value, "2025-01-01"),
            UnparseableMonth => MonthBeyondTwelve(value, "2025-01"),
            // What a spreadsheet leaves behind when a formula fails; no number parser accepts it.
            UnparseableInteger or UnparseableDecimal => "#VALUE!",
            UnparseableBoolean => "maybe",
            NegativeInteger => "-" + (value is "" or "0" ? "1" : value),
            ContactsBelowOne => "0",
            NotPositive => occurrence % 2 == 0 ? "0" : "-" + value,
            BeforeCreatedAt or NegativeDuration =>
                Earlier(row[table.ColumnIndex(rule.Reference!)].ToString(), 1 + occurrence % 180),
            ScoreOutsideScale => OutsideScale(table, occurrence),
            UnknownSurveyType => "smiley",
            UnknownAuthor => "system",
            NegativeAmount => decimal.Parse(value, CultureInfo.InvariantCulture) == 0 ? "-1.00" : "-" + value,
            CurrencyWithoutRate => "CHF",
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        });
    }

    // Month 13..24 keeps the rest of the text, so a key stays as unique as it was.
    private static string MonthBeyondTwelve(string value, string fallback)
    {
        string text = value.Length >= 7 ? value : fallback;
        int month = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture) + 12;
        return string.Concat(text.AsSpan(0, 5), month.ToString(CultureInfo.InvariantCulture), text.AsSpan(7));
    }

    // Keeps the reference's own suffix (offset, Z or none), so only the order is wrong.
    private static string Earlier(string reference, long minutes)
    {
        var wallClock = DateTime.ParseExact(reference[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return wallClock.AddMinutes(-minutes).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + reference[19..];
    }

    private static string OutsideScale(CsvTable table, long occurrence)
    {
        var row = table.Row;
        bool high = occurrence % 2 == 0;
        string type = row[table.ColumnIndex("survey_type")].ToString();
        bool fivePoint = row[table.ColumnIndex("scale_max")] is "5";
        return type switch
        {
            "nps" => high ? "11" : "-1",
            "ces" => high ? (fivePoint ? "6" : "8") : "0",
            _ => high ? "6" : "0",
        };
    }
}
