using System.Text;

namespace Lint.Cli;

/// <summary>
/// Reads an article as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. A file with NUL bytes is binary
/// and a file with invalid UTF-8 is refused with the byte offset, so that nothing is linted from mojibake.
/// </summary>
public static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with the reason in <paramref name="error"/>.</summary>
    public static string? Read(string path, out string error)
    {
        try
        {
            // Read into a buffer kept by the thread, so that an archive's worth of articles allocates only their text
            // (the project file turns off .NET's advisory lock, which costs two more system calls a file).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var size = RandomAccess.GetLength(handle);
            if (size > MaxLength) return Refuse(TooLarge($" ({size} bytes)"), out error);
            if (size > KeptBuffer)
            {
                var text = ReadLongUtf8(handle, size, out error);
                if (text is not null || error.Length > 0) return text;
            }

            var buffer = size <= KeptBuffer ? t_buffer ??= new byte[KeptBuffer] : new byte[size];
            var length = 0;
            while (true)
            {
                // A file that reports no size (a pipe, a file in /proc) is read to its end.
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxLength) return Refuse(TooLarge(string.Empty), out error);
                    Array.Resize(ref buffer, (int)Math.Min(MaxLength, (long)buffer.Length * 2));
                }

                var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (read == 0) break;
                length += read;

                // Its size read, a regular file is read as it was then, without one more call to find its end.
                if (length == size) break;
            }

            return Decode(buffer, length, out error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = ex is UnauthorizedAccessException ? "permission denied" : ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "read failed: " + ex.Message;
            return null;
        }
    }

    /// <summary>
    /// A long UTF-8 file decoded straight into its string, a kept buffer at a time: one pass counts (and checks) the
    /// characters, a second decodes them, so that a 50 MB article never holds its bytes and its text at once. Null
    /// with no error when the file is not plain UTF-8 (a byte order mark for UTF-16) or changed between the passes:
    /// the caller then reads it whole.
    /// </summary>
    private static string? ReadLongUtf8(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long size, out string error)
    {
        error = string.Empty;
        var buffer = t_buffer ??= new byte[KeptBuffer];
        var first = RandomAccess.Read(handle, buffer.AsSpan(0, 4), 0);
        if (first >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF))) return null;
        var start = first >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;

        var decoder = StrictUtf8.GetDecoder();
        var scratch = new char[1 << 16];
        var done = false;
        long characters = 0;
        for (long offset = start; offset < size;)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, size - offset)), offset);
            if (read == 0) return null;
            var nul = Array.IndexOf(buffer, (byte)0, 0, read);
            if (nul >= 0) return Refuse(Binary(offset + nul), out error);
            try
            {
                // Converted into a scratch buffer (and dropped) so that a character split between two reads is counted once.
                var flush = offset + read >= size;
                for (var used = 0; used < read || (flush && !done);)
                {
                    decoder.Convert(buffer.AsSpan(used, read - used), scratch, flush, out var taken, out var produced, out done);
                    used += taken;
                    characters += produced;
                    if (taken == 0 && produced == 0) break;
                }
            }
            catch (DecoderFallbackException ex)
            {
                return Refuse(NotUtf8(offset + Math.Max(0, ex.Index)), out error);
            }

            offset += read;
        }

        if (characters > int.MaxValue) return Refuse(TooLarge(string.Empty), out error);
        decoder.Reset();
        var complete = false;
        var text = string.Create((int)characters, 0, (chars, unused) =>
        {
            var written = 0;
            for (long offset = start; offset < size;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, size - offset)), offset);
                if (read == 0) return;
                try
                {
                    decoder.Convert(buffer.AsSpan(0, read), chars.Slice(written), offset + read >= size, out var used, out var produced, out _);
                    written += produced;
                    if (used < read) return; // more characters than counted: the file changed
                }
                catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException)
                {
                    return;
                }

                offset += read;
            }

            complete = written == chars.Length;
        });
        return complete ? text : null;
    }

    private const int KeptBuffer = 1 << 20;
    private const int MaxLength = 1 << 29;

    [ThreadStatic]
    private static byte[]? t_buffer;

    private static string TooLarge(string size) => $"too large{size}; articles up to 512 MB are linted";

    private static string Binary(long offset) => $"binary file (NUL byte at offset {offset}); only UTF-8 text is linted";

    private static string NotUtf8(long offset) => $"not valid UTF-8 (at byte offset {offset}); save the file as UTF-8";

    private static string? Refuse(string reason, out string error)
    {
        error = reason;
        return null;
    }

    /// <summary>Decodes the first <paramref name="length"/> bytes as <see cref="Read"/> does.</summary>
    private static string? Decode(byte[] bytes, int length, out string error)
    {
        error = string.Empty;
        if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, length - 2);
        if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, length - 2);
        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start, length - start);
        if (nul >= 0)
        {
            error = Binary(nul);
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, length - start);
        }
        catch (DecoderFallbackException ex)
        {
            error = NotUtf8(start + Math.Max(0, ex.Index));
            return null;
        }
    }
}
