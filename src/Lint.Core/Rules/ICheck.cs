namespace Lint.Rules;

/// <summary>A configured check kind. It reads the article model through <see cref="CheckContext"/> and reports spans.</summary>
public interface ICheck
{
    /// <summary>Runs over one article.</summary>
    void Run(CheckContext context);
}
