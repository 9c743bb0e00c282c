using System.Text.RegularExpressions;

namespace CsWarehouse.Etl.Profiles;

/// <summary>A test on the vendor row: a column's value equals, is one of, matches, is empty or set; or a combination.</summary>
public abstract class Condition
{
    internal abstract bool IsTrue(IVendorRow row);

    internal sealed class Test(int slot, Func<string?, bool> test) : Condition
    {
        internal override bool IsTrue(IVendorRow row) => test(row.Text(slot));
    }

    internal sealed class Not(Condition inner) : Condition
    {
        internal override bool IsTrue(IVendorRow row) => !inner.IsTrue(row);
    }

    internal sealed class All(Condition[] parts) : Condition
    {
        internal override bool IsTrue(IVendorRow row) => parts.All(p => p.IsTrue(row));
    }

    internal sealed class Any(Condition[] parts) : Condition
    {
        internal override bool IsTrue(IVendorRow row) => parts.Any(p => p.IsTrue(row));
    }

    internal static Func<string?, bool> Equals(string expected) =>
        value => value is not null && string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    internal static Func<string?, bool> In(IReadOnlyCollection<string> values)
    {
        var set = new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
        return value => value is not null && set.Contains(value);
    }

    internal static Func<string?, bool> Matches(Regex pattern) => value => value is not null && pattern.IsMatch(value);

    internal static Func<string?, bool> Empty(bool empty) => value => (value is null) == empty;

    // "Set" reads a flag column the way vendors write one: present and not a zero or a no.
    internal static Func<string?, bool> Set(bool set) => value =>
        (value is not null && value is not ("0" or "0.0") && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)
         && !string.Equals(value, "no", StringComparison.OrdinalIgnoreCase) && !string.Equals(value, "n", StringComparison.OrdinalIgnoreCase)) == set;
}
