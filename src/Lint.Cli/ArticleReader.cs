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
        // Told before opening: a named pipe would wait for a writer, and a device such as /dev/zero never ends.
        if (FileKinds.Refusal(FileKinds.Of(path)) is { } refusal) return Refuse(refusal, out error);
        try
        {
            // Read into a buffer kept by the thread, so that an archive's worth of articles allocates only their text
            // (the project file turns off .NET's advisory lock, which costs two more system calls a file).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var size = RandomAccess.GetLength(handle);
            if (size > MaxLength) return Refuse(TooLarge($" ({size} bytes)"), out error);
            if (size > KeptBuffer)
            {
                var text = LargeFileReader.Read(handle, size, out error);
                if (text is not null || error.Length > 0) return text;
            }

            var buffer = size <= KeptBuffer ? ThreadBuffer : new byte[size];
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
            error = ReadFailure(ex);
            return null;
        }
    }

    /// <summary>Why a file could not be read, in the words of an ED0009 finding.</summary>
    internal static string ReadFailure(Exception ex) =>
        ex is UnauthorizedAccessException ? "permission denied" : ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "read failed: " + ex.Message;

    /// <summary>The size of the buffer each thread keeps for reading, and from which a file is read by <see cref="LargeFileReader"/>.</summary>
    internal const int KeptBuffer = 1 << 20;

    private const int MaxLength = 1 << 29;

    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>The buffer of <see cref="KeptBuffer"/> bytes kept by the calling thread.</summary>
    internal static byte[] ThreadBuffer => t_buffer ??= new byte[KeptBuffer];

    /// <summary>Strict UTF-8: invalid bytes throw, so that nothing is linted from mojibake.</summary>
    internal static UTF8Encoding Utf8 => StrictUtf8;

    internal static string TooLarge(string size) => $"too large{size}; articles up to 512 MB are linted";

    internal static string Binary(long offset) => $"binary file (NUL byte at offset {offset}); only UTF-8 text is linted";

    internal static string NotUtf8(long offset) => $"not valid UTF-8 (at byte offset {offset}); save the file as UTF-8";

    internal static string? Refuse(string reason, out string error)
    {
        error = reason;
        return null;
    }

    /// <summary>Standard input (or any stream) read to its end and decoded as <see cref="Read"/> does a file.</summary>
    public static string? Read(Stream stream, out string error)
    {
        try
        {
            var buffer = new byte[1 << 16];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxLength) return Refuse(TooLarge(string.Empty), out error);
                    Array.Resize(ref buffer, (int)Math.Min(MaxLength, (long)buffer.Length * 2));
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0) break;
                length += read;
            }

            return Decode(buffer, length, out error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            return Refuse("standard input could not be read: " + ex.Message, out error);
        }
    }

    /// <summary>Decodes the first <paramref name="length"/> bytes as <see cref="Read"/> does.</summary>
    private static string? Decode(byte[] bytes, int length, out string error) => Decode(bytes, length, out error, out _);

    /// <summary>Decodes the first <paramref name="length"/> bytes as <see cref="Read"/> does, and tells how they were encoded.</summary>
    internal static string? Decode(byte[] bytes, int length, out string error, out TextEncoding encoding)
    {
        error = string.Empty;
        encoding = TextEncoding.Utf8;
        if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encoding = TextEncoding.Utf16LittleEndian;
            return Encoding.Unicode.GetString(bytes, 2, length - 2);
        }

        if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encoding = TextEncoding.Utf16BigEndian;
            return Encoding.BigEndianUnicode.GetString(bytes, 2, length - 2);
        }

        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (start == 3) encoding = TextEncoding.Utf8WithBom;
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

/// <summary>How an article's bytes are encoded: what <see cref="ArticleReader"/> reads, and what a fixed article is written back in.</summary>
public enum TextEncoding
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-8 after the bytes EF BB BF.</summary>
    Utf8WithBom,

    /// <summary>UTF-16, little-endian, after FF FE.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16, big-endian, after FE FF.</summary>
    Utf16BigEndian,
}
