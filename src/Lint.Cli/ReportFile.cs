using System.Text;

namespace Lint.Cli;

/// <summary>
/// The file <c>--output</c> names. It is checked before anything is read (never an article of the run, a folder or a
/// named pipe), written to a temporary file beside it, and renamed into place only when the report is complete, so a
/// failed run (a full disk, an error) leaves the old report, or none, never a truncated one. Devices such as
/// <c>/dev/null</c> and <c>/dev/stdout</c> are written directly.
/// </summary>
public sealed class ReportFile : IDisposable
{
    private readonly string? _temporary;
    private readonly string _target;
    private bool _committed;

    private ReportFile(TextWriter writer, string target, string? temporary)
    {
        Writer = writer;
        _target = target;
        _temporary = temporary;
    }

    /// <summary>Where the report is written.</summary>
    public TextWriter Writer { get; }

    /// <summary>
    /// Opens <paramref name="path"/> (relative to the current folder) for the report of a run over
    /// <paramref name="articles"/> (full paths); a user mistake is a <see cref="UsageException"/>, a write failure an <see cref="OutputException"/>.
    /// </summary>
    public static ReportFile Open(string path, CliEnvironment environment, IReadOnlyList<string> articles)
    {
        if (path.Length == 0 || path.IndexOf('\0') >= 0) throw new UsageException("option '--output' needs a file name");
        var full = Path.GetFullPath(Path.Combine(environment.CurrentDirectory, path));
        var kind = FileKinds.Of(full);
        var isDevice = full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
        switch (kind)
        {
            case FileKind.Directory:
                throw new UsageException($"option '--output' names the folder '{path}'; give a file name, such as {Path.Combine(path, "lint.sarif")}");
            case FileKind.CharacterDevice:
            case FileKind.Pipe when isDevice:
                return new ReportFile(CreateWriter(Stream(() => new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), path)), full, null);
            case FileKind.Pipe:
            case FileKind.BlockDevice:
            case FileKind.Socket:
                throw new UsageException($"option '--output' names '{path}', which is not a regular file; write the report to a file, or to standard output without --output");
        }

        // A report written over an article of the run would destroy it: refused before anything is opened.
        var target = kind == FileKind.Regular ? FileKinds.RealPath(full) : full;
        var name = Path.GetFileName(target);
        foreach (var article in articles)
        {
            if (string.Equals(Path.GetFileName(article), name, StringComparison.Ordinal) && string.Equals(FileKinds.RealPath(article), target, StringComparison.Ordinal))
                throw new UsageException($"option '--output' names '{path}', an article of this run; writing the report there would destroy it");
        }

        var directory = Path.GetDirectoryName(target)!;
        try
        {
            Directory.CreateDirectory(directory);

            // A file that cannot be written keeps its protection: the rename below would otherwise replace it.
            if (kind == FileKind.Regular) File.OpenHandle(target, FileMode.Open, FileAccess.Write).Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write '{path}': {OutputException.Reason(ex)}");
        }

        var temporary = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        var stream = Stream(() => new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), path);
        return new ReportFile(CreateWriter(stream), target, temporary);
    }

    /// <summary>Moves the complete report into place.</summary>
    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        if (_temporary is null) return;
        try
        {
            if (!OperatingSystem.IsWindows() && File.Exists(_target)) File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
            File.Move(_temporary, _target, overwrite: true);
            _committed = true;
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IOException(ex.Message, ex);
        }
    }

    /// <summary>Closes the report; one that was not committed is deleted, leaving the target as it was.</summary>
    public void Dispose()
    {
        try
        {
            Writer.Dispose();
        }
        catch (IOException)
        {
            // The run has already failed to write; the temporary file goes below.
        }

        if (_temporary is not null && !_committed)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done about a file that cannot be deleted.
            }
        }
    }

    private static StreamWriter CreateWriter(Stream stream) => new(stream, new UTF8Encoding(false), bufferSize: 1 << 16);

    private static Stream Stream(Func<Stream> open, string path)
    {
        try
        {
            return open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write '{path}': {OutputException.Reason(ex)}");
        }
    }
}
