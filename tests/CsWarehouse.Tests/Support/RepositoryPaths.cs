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

    /// <summary>
    /// A public file or folder written by others, kept in a <c>shared</c> folder beside the repository (never copied
    /// into it). Skips the calling test, saying what is missing, when it is not there (as on a bare clone).
    /// </summary>
    public static string RequireShared(string relativePath, string what)
    {
        var path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", relativePath));
        Skip.IfNot(File.Exists(path) || Directory.Exists(path),
            $"{what} not found at ../shared/{relativePath} (third-party files are cited, not copied into the repository)");
        return path;
    }
}
