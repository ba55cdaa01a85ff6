using System.Text.RegularExpressions;

namespace Lint.Configuration;

// net10.0: globs run on the linear-time engine.
public sealed partial class EditorConfigGlob
{
    private const RegexOptions GlobOptions = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
}
