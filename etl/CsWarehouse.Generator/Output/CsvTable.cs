using System.Text;
using CsWarehouse.Etl.Publishing;
using CsWarehouse.Generator.Time;

namespace CsWarehouse.Generator.Output;

/// <summary>One CSV file written row by row: RFC 4180 quoting, UTF-8 without BOM, LF endings, physical lines counted.</summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StreamWriter _out;
    private long _lastLine = 1;

    public CsvTable(string path, string fileName, IReadOnlyList<string> columns, ZoneClock clock, TimeStyle style = TimeStyle.Local)
    {
        FileName = fileName;
        Columns = columns;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _out = new StreamWriter(stream, Utf8NoBom, 1 << 16);
        Row = new CsvRow(columns.Count, clock, style);
        _out.Write(string.Join(',', columns));
        _out.Write('\n');
    }

    public string FileName { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The record being assembled; <see cref="Commit"/> writes it and clears it.</summary>
    public CsvRow Row { get; }

    public long Rows { get; private set; }

    /// <summary>The physical line the next record will start on (the header is line 1).</summary>
    public long NextLine => _lastLine + 1;

    /// <summary>Called before each record is written, with the line it starts on; may make the row dirty.</summary>
    public Action<CsvTable, long>? BeforeWrite { get; set; }

    /// <summary>False while writing a row that other files depend on for their validity (it must stay clean).</summary>
    public bool DirtAllowed { get; set; } = true;

    public int ColumnIndex(string column)
    {
        for (int i = 0; i < Columns.Count; i++) if (Columns[i] == column) return i;
        throw new ArgumentException($"{FileName} has no column {column}.", nameof(column));
    }

    public void Commit()
    {
        if (Row.Count != Columns.Count)
            throw new InvalidOperationException($"{FileName}: {Row.Count} fields for {Columns.Count} columns.");
        BeforeWrite?.Invoke(this, NextLine);
        _lastLine++;
        for (int i = 0; i < Row.Count; i++)
        {
            if (i > 0) _out.Write(',');
            WriteField(Row[i]);
        }
        _out.Write('\n');
        Rows++;
        Row.Clear();
    }

    private void WriteField(ReadOnlySpan<char> field)
    {
        // A quoted field may span lines; count them so reject line numbers stay physical.
        if (CsvField.NeedsQuoting(field)) _lastLine += field.Count('\n');
        CsvField.Write(_out, field);
    }

    public void Dispose() => _out.Dispose();
}
