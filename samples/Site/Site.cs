namespace Site;

/// <summary>The site's code; the articles beside it are linted by Lint.Analyzer during the build.</summary>
public static class SiteInfo
{
    /// <summary>The site's name.</summary>
    public const string Name = "Coastal News";
}
