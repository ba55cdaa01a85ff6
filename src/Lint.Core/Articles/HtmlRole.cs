namespace Lint.Articles;

/// <summary>What an HTML element is by its class names (<see cref="HtmlClassNames"/>).</summary>
[Flags]
internal enum HtmlRole
{
    None = 0,
    Chrome = 1,
    Caption = 2,
    Byline = 4,
    Deck = 8,
    Quote = 16,
    Translation = 32,
}
