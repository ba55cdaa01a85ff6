using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lint.Reporting;

/// <summary>
/// The JSON-based reports: indented, UTF-8 without BOM, typographic characters kept readable, LF line ends. What
/// has been written is handed to the output after every file and every 32 KB, so the buffer stays small.
/// </summary>
public abstract class JsonReportWriter : ReportWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[1 << 16];

    /// <summary>Starts a JSON report.</summary>
    protected JsonReportWriter(System.IO.TextWriter output, ReportOptions options, Baseline? baseline)
        : base(output, options, baseline) =>
        Json = new Utf8JsonWriter(_buffer, JsonOptions);

    /// <summary>The JSON writer.</summary>
    protected Utf8JsonWriter Json { get; }

    /// <summary>
    /// Hands what has been written to the output once it reaches 32 KB, so that a file with thousands of findings
    /// never holds its whole part of the report in memory.
    /// </summary>
    protected void DrainIfFull()
    {
        if (Json.BytesPending + _buffer.WrittenCount >= 1 << 15) Drain();
    }

    /// <summary>Hands what has been written so far to the output.</summary>
    protected void Drain()
    {
        Json.Flush();
        var bytes = _buffer.WrittenSpan;
        if (bytes.Length == 0) return;
        var needed = _decoder.GetCharCount(bytes, flush: false);
        if (_chars.Length < needed) _chars = new char[Math.Max(needed, _chars.Length * 2)];
        var count = _decoder.GetChars(bytes, _chars, flush: false);
        Output.Write(_chars, 0, count);
        _buffer.ResetWrittenCount();
    }

    /// <summary>Ends the document with a newline.</summary>
    protected void Close()
    {
        Drain();
        Output.Write('\n');
    }
}
