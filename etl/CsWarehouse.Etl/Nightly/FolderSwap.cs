namespace CsWarehouse.Etl.Nightly;

/// <summary>
/// Fills a folder as a whole: everything is written into a hidden sibling first, and only a complete folder is
/// renamed into place (the previous one is renamed aside, then deleted). A reader sees the old folder or the new
/// one, never a mix; a failed write leaves the old folder untouched.
/// </summary>
public static class FolderSwap
{
    public static async Task<T> ReplaceAsync<T>(string folder, Func<string, Task<T>> write)
    {
        var target = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{folder} has no parent folder.", nameof(folder));
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var id = Guid.NewGuid().ToString("N")[..12];
        var fresh = Path.Combine(parent, $".{name}.new-{id}");
        var old = Path.Combine(parent, $".{name}.old-{id}");
        Directory.CreateDirectory(fresh);
        T result;
        try
        {
            result = await write(fresh);
        }
        catch
        {
            TryDelete(fresh);
            throw;
        }
        // Two renames on one volume: each is atomic, and the old folder stays whole until the new one replaces it.
        var hadOld = Directory.Exists(target);
        if (hadOld) Directory.Move(target, old);
        try
        {
            Directory.Move(fresh, target);
        }
        catch
        {
            if (hadOld) Directory.Move(old, target);
            TryDelete(fresh);
            throw;
        }
        if (hadOld) TryDelete(old);
        return result;
    }

    private static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
