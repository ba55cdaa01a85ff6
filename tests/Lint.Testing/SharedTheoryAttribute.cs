using System.Runtime.CompilerServices;
using Xunit;

namespace Lint.Testing;

/// <summary>
/// A theory that reads ../shared: skipped as a whole, with the reason in the test output, when a clone has no shared
/// folder beside it. Its data is not enumerated then, so data read from ../shared does not fail discovery.
/// </summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>
    /// Skips the theory when ../shared is absent, the reason in its name too: `dotnet test` shows skipped tests by name
    /// at its default verbosity, their skip reason only at normal verbosity.
    /// </summary>
    /// <param name="test">The test method (the compiler fills it in).</param>
    /// <param name="file">The test's source file, named after its class (the compiler fills it in).</param>
    public SharedTheoryAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        if (Repository.SharedAbsentReason is not { } reason) return;
        Skip = reason;
        DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test}: {reason}";
    }
}
