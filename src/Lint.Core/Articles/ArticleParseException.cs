namespace Lint.Articles;

/// <summary>
/// An article the parser cannot read (Markdown nested deeper than the parser allows); the message says why, for a
/// finding on the file, in words an editor can act on. <see cref="ArticleParser.Parse(Text.SourceText, ArticleFormat, bool)"/> throws it;
/// <see cref="Linter.Lint(Text.SourceText, Configuration.LintConfiguration, ArticleFormat?)"/> reports it as ED0013.
/// </summary>
public sealed class ArticleParseException : Exception
{
    /// <summary>An exception with no reason given.</summary>
    public ArticleParseException()
    {
    }

    /// <summary>An exception whose message is <paramref name="message"/>.</summary>
    public ArticleParseException(string message)
        : base(message)
    {
    }

    /// <summary>An exception whose message is <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public ArticleParseException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
