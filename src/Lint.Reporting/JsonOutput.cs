using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lint.Reporting;

/// <summary>Shared JSON writing: indented, UTF-8 without BOM, typographic characters kept readable, LF line ends.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
