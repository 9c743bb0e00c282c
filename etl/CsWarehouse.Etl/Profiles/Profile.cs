using CsWarehouse.Etl.Contracts;

namespace CsWarehouse.Etl.Profiles;

/// <summary>
/// A mapping profile: how a vendor file is recognised and how each of its rows becomes rows of one or more canonical
/// exports. Read from JSON (see profile.schema.json) by <see cref="ProfileReader"/>.
/// </summary>
public sealed class Profile
{
    public required string Name { get; init; }
    public string? Title { get; init; }

    /// <summary>Where the profile came from: <c>built-in</c> or its file name.</summary>
    public required string Origin { get; init; }
    public required ProfileMatch Match { get; init; }

    /// <summary>The zone of timestamps without an offset, if the profile names one.</summary>
    public TimeZoneInfo? TimeZone { get; init; }
    public bool DecimalComma { get; init; }
    public required IReadOnlyList<ProfileTarget> Targets { get; init; }

    /// <summary>Every vendor column the profile reads, each once; expressions refer to them by position.</summary>
    public required IReadOnlyList<string> VendorColumns { get; init; }

    /// <summary>Values that mean "empty" in every column.</summary>
    public required IReadOnlySet<string> NullTokens { get; init; }

    public override string ToString() => Name;
}

/// <summary>How a file is recognised as a profile's file.</summary>
public sealed class ProfileMatch
{
    /// <summary>Header names the file must carry, compared with <see cref="HeaderName.Normalize"/>.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>The row holding the header, 1 = first.</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>For a headerless file: a file-name pattern and the column names in file order.</summary>
    public string? FileName { get; init; }
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>csv, xlsx or json; null = csv or xlsx.</summary>
    public string? Format { get; init; }

    /// <summary>For json: the dotted path to the array of rows.</summary>
    public string? Rows { get; init; }

    /// <summary>For xlsx: the sheet's name (default the first sheet).</summary>
    public string? Sheet { get; init; }

    public bool IsHeaderless => Columns is not null;
}

/// <summary>One canonical export a profile feeds, with the value of each canonical column.</summary>
public sealed class ProfileTarget
{
    public required Export Export { get; init; }

    /// <summary>Only the first row of each key is emitted (a dimension repeated on every vendor row).</summary>
    public bool Distinct { get; init; }
    public Condition? SkipWhen { get; init; }
    public required IReadOnlyList<(Field Field, ValueExpr Value)> Columns { get; init; }
}
