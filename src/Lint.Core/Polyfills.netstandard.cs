// Language features that netstandard2.0 lacks the types for (this file is compiled only for that target).
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit;
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class NotNullWhenAttribute(bool returnValue) : Attribute
    {
        public bool ReturnValue { get; } = returnValue;
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class MaybeNullWhenAttribute(bool returnValue) : Attribute
    {
        public bool ReturnValue { get; } = returnValue;
    }
}

namespace System.Text.RegularExpressions
{
    /// <summary>
    /// Lets shared code declare its built-in expressions as on .NET 7 and later; netstandard2.0 has no regex source
    /// generator, so each type's <c>.netstandard.cs</c> part builds the expressions it declares.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
    internal sealed class GeneratedRegexAttribute(string pattern, RegexOptions options) : Attribute
    {
        public string Pattern { get; } = pattern;

        public RegexOptions Options { get; } = options;
    }
}
