using Xunit;

namespace Lint.Testing;

/// <summary>
/// A fact that reads ../shared (the seeds, the corpus of real news, the SARIF schema): skipped, with the reason in the
/// test output, when a clone has no shared folder beside it. CI always has it and fails if any test was skipped.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Skips the fact when ../shared is absent.</summary>
    public SharedFactAttribute()
    {
        if (Repository.SharedAbsentReason is { } reason) Skip = reason;
    }
}

/// <summary>
/// A theory that reads ../shared: skipped as a whole, with the reason in the test output, when a clone has no shared
/// folder beside it. Its data is not enumerated then, so data read from ../shared does not fail discovery.
/// </summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory when ../shared is absent.</summary>
    public SharedTheoryAttribute()
    {
        if (Repository.SharedAbsentReason is { } reason) Skip = reason;
    }
}
