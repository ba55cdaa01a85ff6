using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace Lint.Testing;

/// <summary>
/// Approval testing in Verify's convention: the output is compared with <c>Approvals/Class.Test.verified.EXT</c>
/// beside the test's source; on a mismatch, or when nothing is approved yet, <c>*.received.EXT</c> is written for
/// review and the test fails. A new approval never passes on its first run.
/// </summary>
public static class Approvals
{
    /// <summary>Compares <paramref name="actual"/> with the approved file for the calling test.</summary>
    public static void Verify(string actual, string extension = "txt", string? discriminator = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Approvals");
        var name = Path.GetFileNameWithoutExtension(sourceFile) + "." + testName + (discriminator is null ? string.Empty : "." + discriminator);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalized)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalized);
        if (!File.Exists(verified))
            throw new XunitException($"No approved output for {name}. Review {Path.GetFileName(received)} in {directory} and rename it to {Path.GetFileName(verified)}.");

        var expectedLines = File.ReadAllText(verified).Replace("\r\n", "\n").Split('\n');
        var actualLines = normalized.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        throw new XunitException(
            $"Output differs from {Path.GetFileName(verified)} at line {line + 1}:\n" +
            $"  approved: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}\n" +
            $"  received: {(line < actualLines.Length ? actualLines[line] : "<end>")}\n" +
            $"Review {Path.GetFileName(received)}; if it is right, rename it to {Path.GetFileName(verified)}.");
    }
}
