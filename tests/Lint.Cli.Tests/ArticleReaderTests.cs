using System.Text;

namespace Lint.Cli.Tests;

/// <summary>Reading articles: whole files of any size, one buffer reused, and clear refusals.</summary>
public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lint-reader-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData((1 << 20) - 1)]
    [InlineData(1 << 20)]
    [InlineData((1 << 20) + 1)]
    [InlineData(3 << 20)]
    public void A_file_is_read_whole_at_any_size(int length)
    {
        var text = new string('a', length);
        var path = Write("long.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, ArticleReader.Read(path, out var error));
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData(0, 120_000)]
    [InlineData(1, 120_000)]
    [InlineData(2, 120_000)]
    [InlineData(3, 120_000)]
    [InlineData(0, 420_000)]
    [InlineData(1, 420_000)]
    [InlineData(2, 420_000)]
    [InlineData(3, 420_000)]
    public void A_long_file_is_decoded_whole_when_characters_straddle_the_reads(int shift, int repeats)
    {
        // Past the kept buffer (1 MB) the text is decoded a buffer at a time: 2-, 3- and 4-byte characters fall across
        // the boundaries between reads at every offset. Past 8 MB (420,000 repeats) the two halves are counted and
        // decoded side by side, and the split, which falls inside a character at some shifts, moves to the next one.
        var text = new string('a', shift) + string.Concat(Enumerable.Repeat("é—😀 Zoë’s café. ", repeats));
        var path = Write("wide.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        Assert.Equal(text, ArticleReader.Read(path, out var error));
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    public void A_long_file_with_a_bad_byte_or_a_nul_late_in_it_is_refused_at_its_first(int megabytes)
    {
        // At 10 MB the two halves are checked side by side: the first bad byte is reported whichever half it is in.
        var bytes = Encoding.UTF8.GetBytes(new string('a', megabytes << 20));
        var late = ((megabytes - 1) << 20) + 5;
        bytes[late] = 0xE9;
        Assert.Null(ArticleReader.Read(Write("bad.txt", bytes), out var error));
        Assert.Contains($"byte offset {late}", error);
        bytes[(1 << 20) + 3] = 0xFF;
        Assert.Null(ArticleReader.Read(Write("both.txt", bytes), out error));
        Assert.Contains($"byte offset {(1 << 20) + 3}", error);
        bytes[(1 << 20) + 3] = (byte)'a';
        bytes[late] = 0;
        Assert.Null(ArticleReader.Read(Write("nul.txt", bytes), out error));
        Assert.Contains($"NUL byte at offset {late}", error);
        var utf16 = Encoding.Unicode.GetBytes(new string('b', 1 << 20));
        Assert.Equal(new string('b', 1 << 20), ArticleReader.Read(Write("utf16.txt", [0xFF, 0xFE, .. utf16]), out error));
    }

    [Fact]
    public void A_short_file_after_a_long_one_holds_nothing_of_the_long_one()
    {
        var longPath = Write("a.txt", Encoding.UTF8.GetBytes(new string('x', 5000)));
        var shortPath = Write("b.txt", Encoding.UTF8.GetBytes("The council met."));
        Assert.Equal(5000, ArticleReader.Read(longPath, out _)!.Length);
        Assert.Equal("The council met.", ArticleReader.Read(shortPath, out _));
    }

    [Fact]
    public void Byte_order_marks_are_honoured_and_bad_bytes_refused_with_their_offset()
    {
        Assert.Equal("Café", ArticleReader.Read(Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café")]), out _));
        Assert.Equal("Café", ArticleReader.Read(Write("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Café")]), out _));
        Assert.Null(ArticleReader.Read(Write("latin1.txt", [0x43, 0x61, 0x66, 0xE9]), out var error));
        Assert.Contains("byte offset 3", error);
        Assert.Null(ArticleReader.Read(Write("binary.txt", [0x41, 0x00, 0x42]), out error));
        Assert.Contains("NUL byte at offset 1", error);
        Assert.Null(ArticleReader.Read(Path.Combine(_directory, "missing.txt"), out error));
        Assert.Equal("file not found", error);
    }
}
