using System.Runtime.CompilerServices;

namespace CsWarehouse.Tests.Support;

/// <summary>
/// Compares text with a file under tests/CsWarehouse.Tests/Snapshots, so reviewers see changes as diffs.
/// Set CSWH_UPDATE_SNAPSHOTS=1 to rewrite the files after a deliberate change.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(FindProjectFolder(caller), "Snapshots");
        var path = Path.Combine(folder, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("CSWH_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {name}: run the tests once with CSWH_UPDATE_SNAPSHOTS=1 and review the file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string FindProjectFolder(string caller)
    {
        var folder = Path.GetDirectoryName(caller);
        while (folder is not null && !File.Exists(Path.Combine(folder, "CsWarehouse.Tests.csproj")))
            folder = Path.GetDirectoryName(folder);
        return folder ?? throw new InvalidOperationException("test project folder not found from " + caller);
    }
}
