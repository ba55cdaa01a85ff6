namespace Lint.Loading;

/// <summary>How much work a check kind does on a long article, compared with the other kinds.</summary>
public enum CheckCost
{
    /// <summary>Most kinds: a pass over the text the rule reads.</summary>
    Light = 0,

    /// <summary>Kinds that read every word of their scope and keep state across it (sentence ends, names, doubled words).</summary>
    Moderate = 1,

    /// <summary>Kinds that read every paragraph's whole text and keep tables of it (duplicated text).</summary>
    Heavy = 2,
}
