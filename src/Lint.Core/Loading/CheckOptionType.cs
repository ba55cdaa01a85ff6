namespace Lint.Loading;

/// <summary>The shape of a check option's value in a rule file.</summary>
public enum CheckOptionType
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number; decimals allowed.</summary>
    Number,

    /// <summary>A text value; with allowed values, one of them.</summary>
    Text,

    /// <summary>A text value or a list of them.</summary>
    TextList,

    /// <summary>A non-empty mapping of text to one text value or a non-empty list of them (<c>teh: the</c>).</summary>
    TextMapping,

    /// <summary>A non-empty list of lists of at least two non-empty text values (<c>[[US, U.S.], [percent, per cent]]</c>).</summary>
    TextSets,
}
