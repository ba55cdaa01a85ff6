using System.Text;

namespace Lint.Cli;

/// <summary>
/// An article read for <c>lint fix</c>: its bytes as they were, its encoding, and its text. A fixed text is written
/// back in the same encoding, byte order mark included, and only when the article's own bytes come back unchanged
/// from its text (so that nothing outside the fixes can change); the line endings and everything else are the text's own.
/// </summary>
public sealed class ArticleFile
{
    private ArticleFile(string path, byte[] bytes, TextEncoding encoding, string text)
    {
        Path = path;
        Bytes = bytes;
        Encoding = encoding;
        Text = text;
    }

    /// <summary>The full path.</summary>
    public string Path { get; }

    /// <summary>The bytes as read.</summary>
    public byte[] Bytes { get; }

    /// <summary>How they are encoded.</summary>
    public TextEncoding Encoding { get; }

    /// <summary>The text, as <see cref="ArticleReader"/> reads it.</summary>
    public string Text { get; }

    /// <summary>Reads <paramref name="path"/> whole; null with the reason in <paramref name="error"/>, as <see cref="ArticleReader.Read(string, out string)"/>.</summary>
    public static ArticleFile? Read(string path, out string error)
    {
        if (FileKinds.Refusal(FileKinds.Of(path)) is { } refusal) return Refuse(refusal, out error);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var size = RandomAccess.GetLength(handle);
            if (size > MaxLength) return Refuse(ArticleReader.TooLarge($" ({size} bytes)"), out error);
            var bytes = new byte[size];
            var length = 0;
            while (length < bytes.Length)
            {
                var read = RandomAccess.Read(handle, bytes.AsSpan(length), length);
                if (read == 0) break;
                length += read;
            }

            if (length < bytes.Length) Array.Resize(ref bytes, length);
            return From(path, bytes, out error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = ArticleReader.ReadFailure(ex);
            return null;
        }
    }

    /// <summary>An article from bytes already read (standard input).</summary>
    public static ArticleFile? From(string path, byte[] bytes, out string error)
    {
        var text = ArticleReader.Decode(bytes ?? throw new ArgumentNullException(nameof(bytes)), bytes.Length, out error, out var encoding);
        return text is null ? null : new ArticleFile(path, bytes, encoding, text);
    }

    /// <summary>
    /// <paramref name="text"/> in this article's encoding, with its byte order mark; null when the article's own text
    /// would not come back as its bytes (UTF-16 with an unpaired surrogate, which reads as U+FFFD), so that a fix never
    /// rewrites bytes it did not touch.
    /// </summary>
    public byte[]? Encode(string text)
    {
        if (!Same(EncodeAs(Encoding, Text), Bytes)) return null;
        return EncodeAs(Encoding, text);
    }

    private static byte[] EncodeAs(TextEncoding encoding, string text)
    {
        var (codec, preamble) = encoding switch
        {
            TextEncoding.Utf8WithBom => ((Encoding)ArticleReader.Utf8, new byte[] { 0xEF, 0xBB, 0xBF }),
            TextEncoding.Utf16LittleEndian => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), new byte[] { 0xFF, 0xFE }),
            TextEncoding.Utf16BigEndian => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), new byte[] { 0xFE, 0xFF }),
            _ => ((Encoding)ArticleReader.Utf8, Array.Empty<byte>()),
        };
        try
        {
            var bytes = new byte[preamble.Length + codec.GetByteCount(text)];
            preamble.CopyTo(bytes, 0);
            codec.GetBytes(text, 0, text.Length, bytes, preamble.Length);
            return bytes;
        }
        catch (EncoderFallbackException)
        {
            return [];
        }
    }

    private static bool Same(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);

    /// <summary>
    /// Writes <paramref name="bytes"/> over the article: to a temporary file beside it, flushed to disk, given the
    /// article's permissions, then renamed into place, and only when the article still holds the bytes it was read
    /// with. A symbolic link stays a link: the file it points to is replaced. Returns null, or why nothing was written
    /// (the article is then as it was).
    /// </summary>
    public string? Replace(byte[] bytes)
    {
        string? temporary = null;
        try
        {
            var target = FileKinds.RealPath(Path);
            var directory = System.IO.Path.GetDirectoryName(target)!;

            // A file that cannot be written keeps its protection: the rename below would otherwise replace it.
            File.OpenHandle(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete).Dispose();
            // Named without the article's name, so that an article whose name is near the system's limit is fixed too.
            temporary = System.IO.Path.Combine(directory, $".lint-fix-{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));

            // Someone saved the article while it was being fixed: their text wins, and the fixes are not written.
            var now = Read(target, out var error);
            if (now is null) return "it could not be read again before writing: " + error;
            if (!Same(now.Bytes, Bytes)) return "it changed on disk while it was being fixed; run lint fix again";
            File.Move(temporary, target, overwrite: true);
            temporary = null;
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex is UnauthorizedAccessException ? "permission denied" : OutputException.Reason(ex);
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done about a temporary file that cannot be deleted.
                }
            }
        }
    }

    private const long MaxLength = 1 << 29;

    private static ArticleFile? Refuse(string reason, out string error)
    {
        error = reason;
        return null;
    }
}
