namespace CsWarehouse.Etl.Profiles;

/// <summary>One vendor value a profile cannot turn into a canonical value; the row is rejected with this reason.</summary>
internal sealed class MappingException(string? value, string reason) : Exception(reason)
{
    public string? Value { get; } = value;
}
