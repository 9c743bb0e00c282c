using System.Text;

namespace CsWarehouse.Tests.Support;

/// <summary>A temp folder of export files written from inline CSV text; deleted with the test.</summary>
public sealed class ExportFolder : IDisposable
{
    public ExportFolder() => Path = Directory.CreateTempSubdirectory("cswh-exports-").FullName;

    public string Path { get; }

    public ExportFolder With(string fileName, string csv, Encoding? encoding = null)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), csv.ReplaceLineEndings("\n"), encoding ?? new UTF8Encoding(false));
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
