using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Lint.Loading;

/// <summary>
/// Reads a rule file's YAML after a streaming pre-scan that rejects what a rule file never needs and an attacker
/// would use: anchors and aliases (alias bombs), deep nesting, huge documents, several documents.
/// </summary>
internal static class RuleYaml
{
    private const int MaxFileLength = 256 * 1024;
    private const int MaxDepth = 16;
    private const int MaxEvents = 20_000;

    /// <summary>The root node of the file, or null with the problem recorded on <paramref name="reader"/>.</summary>
    public static YamlNode? Parse(RuleFileReader reader)
    {
        var text = reader.File.Text;
        if (text.Length > MaxFileLength)
        {
            reader.Error(EngineRules.TooComplex, $"rule file is {text.Length} characters long; the limit is {MaxFileLength}");
            return null;
        }

        var lastMark = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            var events = 0;
            var documents = 0;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastMark = current.End;
                if (++events > MaxEvents)
                {
                    reader.Error(EngineRules.TooComplex, current.Start, current.End, $"rule file has more than {MaxEvents} YAML nodes");
                    return null;
                }

                switch (current)
                {
                    case AnchorAlias:
                        reader.Error(EngineRules.TooComplex, current.Start, current.End, "YAML aliases (*name) are not allowed in rule files; write the value out");
                        return null;
                    case NodeEvent { Anchor.IsEmpty: false }:
                        reader.Error(EngineRules.TooComplex, current.Start, current.End, "YAML anchors (&name) are not allowed in rule files; write the value out");
                        return null;
                    case DocumentStart { IsImplicit: false } or DocumentStart:
                        if (++documents > 1)
                        {
                            reader.Error(EngineRules.InvalidValue, current.Start, current.End, "a rule file holds one rule; put each rule in its own file");
                            return null;
                        }

                        break;
                    case MappingStart or SequenceStart:
                        if (++depth > MaxDepth)
                        {
                            reader.Error(EngineRules.TooComplex, current.Start, current.End, $"rule file is nested more than {MaxDepth} levels deep");
                            return null;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                reader.Error(EngineRules.InvalidYaml, "rule file is empty");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException?.Message ?? ex.Message;
            reader.Error(EngineRules.InvalidYaml, ex.Start, ex.End, "invalid YAML: " + StripPosition(detail));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or InvalidCastException)
        {
            // YamlDotNet throws these, not YamlException, for some malformed input (an unclosed flow sequence).
            reader.Error(EngineRules.InvalidYaml, lastMark, lastMark, "invalid YAML: the document ends inside an unclosed [ ], { } or quoted value, or has a construct YAML does not allow here");
            return null;
        }
    }

    /// <summary>YamlDotNet prefixes its messages with "(Line: 3, Col: 7, Idx: …) - (…):"; the report has the position already.</summary>
    private static string StripPosition(string message)
    {
        var index = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && index > 0 ? message.Substring(index + 3) : message;
    }
}
