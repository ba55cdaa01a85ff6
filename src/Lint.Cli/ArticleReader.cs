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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = ex is UnauthorizedAccessException ? "permission denied" : ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "read failed: " + ex.Message;
            return null;
        }

        return Decode(bytes, out error);
    }

    /// <summary>Decodes bytes as <see cref="Read"/> does.</summary>
    public static string? Decode(byte[] bytes, out string error)
    {
        error = string.Empty;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            error = $"binary file (NUL byte at offset {nul}); only UTF-8 text is linted";
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            error = $"not valid UTF-8 (at byte offset {start + Math.Max(0, ex.Index)}); save the file as UTF-8";
            return null;
        }
    }
}
