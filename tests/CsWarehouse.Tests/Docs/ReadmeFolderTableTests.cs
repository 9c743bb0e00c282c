using System.Text.RegularExpressions;
using CsWarehouse.Tests.Support;

namespace CsWarehouse.Tests.Docs;

/// <summary>The README's folder table matches the tree: what it names exists, and no project or library folder is left out.</summary>
public sealed partial class ReadmeFolderTableTests
{
    [Fact]
    public void Readme_folder_table_has_a_row_for_every_project_and_names_every_folder_of_the_projects_it_details()
    {
        var root = RepositoryPaths.Root();
        var rows = FolderTable(File.ReadAllLines(Path.Combine(root, "README.md")));

        foreach (var path in rows.Keys)
            Assert.True(Directory.Exists(Path.Combine(root, path)), $"the README's folder table names {path}, which is not in the tree");
        foreach (var project in Directory.GetDirectories(Path.Combine(root, "etl")).Where(d => Directory.GetFiles(d, "*.csproj").Length > 0))
        {
            var row = "etl/" + Path.GetFileName(project);
            Assert.True(rows.TryGetValue(row, out var text), $"the README's folder table has no row for {row}");
            var named = SubFolder().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
            // A row that describes its project without naming folders (the console) makes no claim to check.
            if (named.Count == 0) continue;
            var folders = Directory.GetDirectories(project).Select(d => Path.GetFileName(d)!)
                .Where(n => n is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
            Assert.True(named.SetEquals(folders),
                $"{row}: named but absent: {string.Join(", ", named.Except(folders))}; present but not named: {string.Join(", ", folders.Except(named))}");
        }
    }

    /// <summary>The rows of the table under the <c>| folder | what it holds |</c> header: path → description.</summary>
    private static Dictionary<string, string> FolderTable(string[] lines)
    {
        var start = Array.IndexOf(lines, "| folder | what it holds |");
        Assert.True(start >= 0, "the README has no folder table");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => Row().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["path"].Value.TrimEnd('/'), m => m.Groups["text"].Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| `(?<path>[^`]+)` \| (?<text>.*) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"`(?<name>[A-Za-z0-9_.]+)/`")]
    private static partial Regex SubFolder();
}
