using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Lint.Cli;

/// <summary>
/// Reads a long UTF-8 file (over <see cref="ArticleReader.KeptBuffer"/> bytes) straight into its string, for
/// <see cref="ArticleReader"/>.
/// </summary>
internal static class LargeFileReader
{
    /// <summary>
    /// A long UTF-8 file decoded straight into its string, a kept buffer at a time: one pass counts (and checks) the
    /// characters, a second decodes them, so that a 50 MB article never holds its bytes and its text at once. From
    /// <see cref="SplitFrom"/> bytes the file is read as two halves, split where a character starts, each counted and
    /// decoded on its own core into its part of the string. Null with no error when the file is not plain UTF-8 (a
    /// byte order mark for UTF-16) or changed between the passes: the caller then reads it whole.
    /// </summary>
    public static string? Read(SafeFileHandle handle, long size, out string error)
    {
        error = string.Empty;
        var buffer = ArticleReader.ThreadBuffer;
        var first = RandomAccess.Read(handle, buffer.AsSpan(0, 4), 0);
        if (first >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF))) return null;
        var start = first >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        var mid = size >= SplitFrom && Environment.ProcessorCount > 1 ? CharacterStart(handle, start + ((size - start) / 2), size) : size;

        Part head = default, tail = default;
        if (mid < size) Parallel.Invoke(() => head = Count(handle, start, mid), () => tail = Count(handle, mid, size));
        else head = Count(handle, start, size);
        if ((head.Error ?? tail.Error) is { } problem) return ArticleReader.Refuse(problem, out error);
        if (head.Characters < 0 || tail.Characters < 0) return null;
        if (head.Characters + tail.Characters > int.MaxValue) return ArticleReader.Refuse(ArticleReader.TooLarge(string.Empty), out error);

        // Written in place before anyone else sees it, as string.Create does, but from two threads.
        var text = new string('\0', (int)(head.Characters + tail.Characters));
        HugePages(text);
        bool headDone = false, tailDone = true;
        if (mid < size)
        {
            Parallel.Invoke(
                () => headDone = DecodeInto(handle, start, mid, text, 0, (int)head.Characters),
                () => tailDone = DecodeInto(handle, mid, size, text, (int)head.Characters, (int)tail.Characters));
        }
        else
        {
            headDone = DecodeInto(handle, start, size, text, 0, text.Length);
        }

        return headDone && tailDone ? text : null;
    }

    /// <summary>
    /// Asks Linux to back a long text with 2 MB pages rather than map it 4 KB at a time as the decoder first writes it.
    /// Advice only: nothing changes where it is not taken.
    /// </summary>
    private static void HugePages(string text)
    {
        if (!OperatingSystem.IsLinux() || text.Length < SplitFrom) return;
        var handle = System.Runtime.InteropServices.GCHandle.Alloc(text, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            const long page = 4096;
            var start = (long)handle.AddrOfPinnedObject();
            var from = (start + page - 1) & ~(page - 1);
            var to = (start + (2L * text.Length)) & ~(page - 1);
            if (to > from) _ = Madvise((nint)from, (nuint)(to - from), MadviseHugePage);
        }
        finally
        {
            handle.Free();
        }
    }

    private const int MadviseHugePage = 14;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);

    /// <summary>From this size a long file is counted and decoded as two halves, one a core.</summary>
    private const long SplitFrom = 8 << 20;

    /// <summary>Characters counted in a range of the file (-1 when it changed), or why it is refused.</summary>
    private readonly record struct Part(long Characters, string? Error);

    /// <summary>The first offset at or after <paramref name="at"/> where a character starts (no UTF-8 continuation byte).</summary>
    private static long CharacterStart(SafeFileHandle handle, long at, long size)
    {
        Span<byte> probe = stackalloc byte[4];
        var read = RandomAccess.Read(handle, probe, at);
        for (var i = 0; i < read; i++)
        {
            if ((probe[i] & 0xC0) != 0x80) return at + i;
        }

        // Four continuation bytes in a row are invalid anyway: one range, which reports them.
        return size;
    }

    /// <summary>Counts (and checks) the characters of bytes [from, to), which start and end between characters.</summary>
    private static Part Count(SafeFileHandle handle, long from, long to)
    {
        var buffer = ArticleReader.ThreadBuffer;
        var decoder = ArticleReader.Utf8.GetDecoder();
        var scratch = new char[1 << 16];
        var done = false;
        var used = 0;
        long characters = 0;
        for (var offset = from; offset < to;)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, to - offset)), offset);
            if (read == 0) return new Part(-1, null);
            var nul = Array.IndexOf(buffer, (byte)0, 0, read);
            if (nul >= 0) return new Part(0, ArticleReader.Binary(offset + nul));
            try
            {
                // Converted into a scratch buffer (and dropped) so that a character split between two reads is counted once.
                var flush = offset + read >= to;
                for (used = 0; used < read || (flush && !done);)
                {
                    decoder.Convert(buffer.AsSpan(used, read - used), scratch, flush, out var taken, out var produced, out done);
                    used += taken;
                    characters += produced;
                    if (taken == 0 && produced == 0) break;
                }
            }
            catch (DecoderFallbackException ex)
            {
                // The index counts from the bytes given to the failing call (negative for bytes the decoder held from the last read).
                return new Part(0, ArticleReader.NotUtf8(offset + Math.Max(0, used + ex.Index)));
            }

            offset += read;
        }

        return new Part(characters, null);
    }

    /// <summary>Decodes bytes [from, to) into <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="at"/>.</summary>
    private static bool DecodeInto(SafeFileHandle handle, long from, long to, string text, int at, int count)
    {
        var chars = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.AsSpan()), text.Length).Slice(at, count);
        var buffer = ArticleReader.ThreadBuffer;
        var decoder = ArticleReader.Utf8.GetDecoder();
        var written = 0;
        for (var offset = from; offset < to;)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, to - offset)), offset);
            if (read == 0) return false;
            try
            {
                decoder.Convert(buffer.AsSpan(0, read), chars.Slice(written), offset + read >= to, out var used, out var produced, out _);
                written += produced;
                if (used < read) return false; // more characters than counted: the file changed
            }
            catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException)
            {
                return false;
            }

            offset += read;
        }

        return written == count;
    }
}
