using System.Runtime.CompilerServices;
using Xunit;

namespace Lint.Testing;

/// <summary>
/// A fact that reads ../shared (the seeds, the corpus of real news, the SARIF schema): skipped, with the reason in the
/// test output, when a clone has no shared folder beside it. CI always has it and fails if any test was skipped.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>
    /// Skips the fact when ../shared is absent, the reason in its name too: `dotnet test` shows skipped tests by name
    /// at its default verbosity, their skip reason only at normal verbosity.
    /// </summary>
    /// <param name="test">The test method (the compiler fills it in).</param>
    /// <param name="file">The test's source file, named after its class (the compiler fills it in).</param>
    public SharedFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        if (Repository.SharedAbsentReason is not { } reason) return;
        Skip = reason;
        DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test}: {reason}";
    }
}
