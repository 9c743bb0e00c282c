using CsWarehouse.Etl.Configuration;

namespace CsWarehouse.Etl.Loading;

/// <summary>One load: which folder, with which settings.</summary>
public sealed record LoadRequest(string SourceFolder, LoadSettings Settings);
