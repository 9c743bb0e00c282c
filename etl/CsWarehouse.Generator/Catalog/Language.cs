namespace CsWarehouse.Generator.Catalog;

/// <summary>The languages names and survey comments are written in.</summary>
internal enum Language
{
    Vietnamese,
    Thai,
    Persian,
    English,
}
