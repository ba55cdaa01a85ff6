using System.Text.RegularExpressions;

namespace Lint.Configuration;

// netstandard2.0 cannot name the linear-time engine: globs run on the interpreter under the timeout.
public sealed partial class EditorConfigGlob
{
    private const RegexOptions GlobOptions = RegexOptions.CultureInvariant;
}
