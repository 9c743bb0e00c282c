using System.Runtime.CompilerServices;

namespace CsWarehouse.Tests.Support;

/// <summary>Folders of this repository, found from the test source so tests work from any working directory.</summary>
public static class RepositoryPaths
{
    public static string Root([CallerFilePath] string caller = "")
    {
        var folder = Path.GetDirectoryName(caller);
        while (folder is not null && !File.Exists(Path.Combine(folder, "CsWarehouse.sln")))
            folder = Path.GetDirectoryName(folder);
        return folder ?? throw new InvalidOperationException("repository root not found from " + caller);
    }

    public static string DemoSamples => Path.Combine(Root(), "samples", "demo");

    /// <summary>Public datasets written by others, kept beside the repository (never copied into it).</summary>
    public static string SharedDatasets => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "datasets"));
}
