using CsWarehouse.Etl.Publishing;

namespace CsWarehouse.Etl.Kpi.Output;

/// <summary>A KPI report as CSV: the slice label columns, then one column per code; an unknown value is an empty cell.</summary>
public static class KpiCsvWriter
{
    public static void Write(KpiTable table, TextWriter output)
    {
        output.Write(string.Join(",", table.LabelColumns.Concat(table.Codes)) + "\n");
        foreach (var row in table.Rows)
        {
            var separator = "";
            foreach (var label in row.Labels)
            {
                output.Write(separator);
                separator = ",";
                if (label is not null) CsvField.Write(output, label);
            }
            foreach (var code in table.Codes)
            {
                output.Write(separator);
                separator = ",";
                output.Write(KpiValueFormat.Invariant(row.Values[code]));
            }
            output.Write('\n');
        }
    }
}
