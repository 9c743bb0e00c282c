using System.Security.Cryptography;

namespace CsWarehouse.Etl.Reading;

/// <summary>
/// What a source file was when the run read it: size, modification time and the SHA-256 of the bytes read. A file
/// rewritten, truncated or appended to while the run reads or conforms it fails the run, so the warehouse never
/// holds a mix of two versions or a file cut short, and the recorded hash is the hash of what was loaded.
/// </summary>
public sealed class InputPin
{
    private InputPin(string path, string file, long size, DateTime lastWriteUtc)
    {
        Path = path;
        File = file;
        Size = size;
        LastWriteUtc = lastWriteUtc;
    }

    public string Path { get; }
    public string File { get; }
    public long Size { get; }
    public DateTime LastWriteUtc { get; }

    /// <summary>The SHA-256 of the bytes read, once <see cref="CheckRead"/> has seen them.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Pins <paramref name="path"/> before it is opened for reading.</summary>
    public static InputPin Take(string path, string file)
    {
        var info = RequireRegularFile(path, file);
        return new InputPin(path, file, info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>
    /// Refuses a pipe, socket or device named like an export: opening one would wait for a writer (or read forever)
    /// while the run holds the warehouse lock. They report a size of zero, as does an empty file, which cannot load either.
    /// A symbolic link is followed to the file it finally points to; one that leads to no file is refused too.
    /// </summary>
    public static FileInfo RequireRegularFile(string path, string file)
    {
        FileInfo info;
        try { info = Stat(path); }
        catch (IOException e) { throw new FileLevelException(file, $"is a symbolic link that cannot be followed: {e.Message}"); }
        if (!info.Exists && new FileInfo(path).LinkTarget is not null)
            throw new FileLevelException(file, $"is a symbolic link to {info.FullName}, which does not exist.");
        if (!info.Exists || info.Length == 0)
            throw new FileLevelException(file,
                "is empty or is not a regular file (a pipe, socket or device): only regular files with a header row are read.");
        return info;
    }

    /// <summary>
    /// The file at <paramref name="path"/>, or the file a symbolic link there finally points to: a link's own size and
    /// time are not those of the export it stands for, so pinning the link would fail every read as a change.
    /// </summary>
    public static FileInfo Stat(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
    }

    /// <summary>Right after the read: every pinned byte was read, and the file still is what was pinned.</summary>
    public void CheckRead(long bytesRead, string sha256)
    {
        if (bytesRead != Size)
            throw Changed($"{bytesRead} bytes were read of the {Size} it had when the run opened it");
        CheckStat();
        Sha256 = sha256;
    }

    /// <summary>Before the commit: the file on disk is still byte for byte what was loaded.</summary>
    public void CheckUnchanged()
    {
        CheckStat();
        using var stream = System.IO.File.OpenRead(Path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (Sha256 is not null && hash != Sha256)
            throw Changed("its content no longer matches what was read");
    }

    private void CheckStat()
    {
        var now = Stat(Path);
        if (!now.Exists) throw Changed("it was deleted");
        if (now.Length != Size) throw Changed($"its size went from {Size} to {now.Length} bytes");
        if (now.LastWriteTimeUtc != LastWriteUtc) throw Changed($"it was modified at {now.LastWriteTimeUtc:yyyy-MM-dd HH:mm:ss.fff} UTC");
    }

    private FileLevelException Changed(string how) =>
        new(File, $"changed while the run was reading it ({how}). The run is cancelled; load again once the export is complete.");
}
