using System.Text;

namespace Lint.Reporting;

/// <summary>Paths as reports show them: forward slashes; as SARIF URIs: each segment percent-encoded.</summary>
public static class ReportPaths
{
    /// <summary>A relative URI reference for a repository-relative path ("news/my story.md" → "news/my%20story.md").</summary>
    public static string ToUri(string path)
    {
        var sb = new StringBuilder();
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0) sb.Append('/');
            sb.Append(Uri.EscapeDataString(segments[i]));
        }

        return sb.ToString();
    }
}
