using System.Runtime.InteropServices;

namespace Lint.Cli;

/// <summary>What a path names, told before it is opened: opening a named pipe waits for a writer, and a device such as /dev/zero never ends.</summary>
public enum FileKind
{
    /// <summary>Nothing there (or the kind could not be read).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is read as an article, configuration, rule file or baseline.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO), or an anonymous one reached through /dev/stdin or /proc.</summary>
    Pipe,

    /// <summary>A character device (/dev/zero, /dev/null, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A socket.</summary>
    Socket,
}

/// <summary>
/// Tells the kind of a path (symbolic links followed) and the real path of a folder, so that nothing blocks on a pipe or
/// reads a device forever, and a folder reached through links is walked once. On Unix the kind comes from the same
/// stat call .NET itself uses; where that is not available, every existing non-folder counts as regular.
/// </summary>
public static class FileKinds
{
    /// <summary>The kind of <paramref name="path"/>.</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var status = new byte[256];
                if (Stat(path, status) != 0) return FileKind.Missing;
                return (BitConverter.ToInt32(status, 4) & 0xF000) switch
                {
                    0x8000 => FileKind.Regular,
                    0x4000 => FileKind.Directory,
                    0x1000 => FileKind.Pipe,
                    0x2000 => FileKind.CharacterDevice,
                    0x6000 => FileKind.BlockDevice,
                    0xC000 => FileKind.Socket,
                    _ => FileKind.Regular,
                };
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to what .NET tells.
            }
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>Why a path of kind <paramref name="kind"/> is not read, or null for a regular file.</summary>
    public static string? Refusal(FileKind kind) => kind switch
    {
        FileKind.Regular => null,
        FileKind.Missing => "file not found",
        FileKind.Directory => "is a folder",
        FileKind.Pipe => "not a regular file (a pipe); to lint standard input, use 'lint check -' with --stdin-filename",
        FileKind.CharacterDevice => "not a regular file (a character device)",
        FileKind.BlockDevice => "not a regular file (a block device)",
        _ => "not a regular file (a socket)",
    };

    /// <summary>The path with every symbolic link resolved (Unix), else the full path.</summary>
    public static string RealPath(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var resolved = RealPathNative(path, IntPtr.Zero);
                if (resolved != IntPtr.Zero)
                {
                    try
                    {
                        return Marshal.PtrToStringUTF8(resolved) ?? Path.GetFullPath(path);
                    }
                    finally
                    {
                        Free(resolved);
                    }
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through.
            }
        }

        return Path.GetFullPath(path);
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern IntPtr RealPathNative([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
