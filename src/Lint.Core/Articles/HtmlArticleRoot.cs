using AngleSharp.Dom;

namespace Lint.Articles;

/// <summary>
/// Finds the article in an HTML document the way readability tools do, and tells page chrome from prose. The article is
/// the element marked as its body (<c>itemprop="articleBody"</c>), else the <c>article</c> element, else <c>main</c>,
/// whichever holds the most paragraph text, unless the densest run of paragraphs lies elsewhere and holds at least twice
/// as much (a page that marks up its teasers as articles); with none of them, the densest run of paragraphs, else the body.
/// </summary>
internal static class HtmlArticleRoot
{
    /// <summary>Elements whose content is never prose.</summary>
    private static readonly HashSet<string> NeverProse = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "embed", "object", "svg", "math",
        "button", "select", "textarea", "input", "canvas", "video", "audio", "map", "dialog", "head", "footer", "menu",
        "picture", "source", "track", "frame", "frameset", "applet", "label", "option", "datalist", "output", "meter",
        "progress", "title", "link", "meta", "base",
    };

    /// <summary>Roles of page regions that are not the article.</summary>
    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar",
    };

    /// <summary>The element that holds the article, or null when the document has no body.</summary>
    public static IElement? Find(IDocument document)
    {
        var body = document.Body;
        if (body is null) return document.DocumentElement;

        IElement? marked = null, article = null, main = null;
        int markedScore = 0, articleScore = 0, mainScore = 0;
        foreach (var element in body.QuerySelectorAll("[itemprop=articleBody], [itemprop=articlebody], article, main, [role=main]"))
        {
            if (IsChrome(element, insideArticle: true)) continue;
            var score = ParagraphText(element);
            if (element.GetAttribute("itemprop") is { } prop && prop.Equals("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                if (score > markedScore) (marked, markedScore) = (element, score);
            }
            else if (element.LocalName == "article")
            {
                if (score > articleScore) (article, articleScore) = (element, score);
            }
            else if (score > mainScore)
            {
                (main, mainScore) = (element, score);
            }
        }

        // The main region of a page holds teasers and furniture too: the article is its densest block of paragraphs.
        var scope = main is not null && mainScore > 0 ? main : body;
        var (densest, densestScore) = Densest(scope);
        var (candidate, candidateScore) = marked is not null ? (marked, markedScore) : (article, articleScore);
        if (candidate is not null && candidateScore > 0)
        {
            if (densest is null || candidate.Contains(densest) || candidateScore * 2 >= densestScore) return candidate;
            return densest;
        }

        return densest ?? scope;
    }

    /// <summary>
    /// The element with the most paragraph text: its own paragraphs of some length, and half of its children's (so that a
    /// body split into runs by advertisements is found whole), outside page chrome.
    /// </summary>
    private static (IElement? Element, int Score) Densest(IElement scope)
    {
        IElement? densest = null;
        var densestScore = 0;
        var dense = new Dictionary<IElement, int>();
        var pending = new Stack<IElement>();
        pending.Push(scope);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element != scope && IsChrome(element, insideArticle: true)) continue;
            if (element.LocalName is "p" or "pre")
            {
                var length = ProseLength(element);
                if (length >= 25 && element.ParentElement is { } parent)
                {
                    Add(parent, length);
                    if (parent != scope && parent.ParentElement is { } grandparent) Add(grandparent, length / 2);
                }

                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling) pending.Push(child);
        }

        return (densest, densestScore);

        void Add(IElement element, int length)
        {
            dense.TryGetValue(element, out var score);
            score += length;
            dense[element] = score;
            if (score > densestScore) (densest, densestScore) = (element, score);
        }
    }

    /// <summary>
    /// The article's headline: the heading (<c>h1</c>, else <c>h2</c>) outside chrome that repeats the page's title
    /// (<paramref name="title"/>, from <c>og:title</c> or <c>title</c>), else the first <c>h1</c> in the article, else the
    /// first in the page.
    /// </summary>
    public static IElement? Headline(IDocument document, IElement? root, string? title)
    {
        var body = document.Body;
        if (body is null) return null;
        IElement? firstInRoot = null, first = null;
        foreach (var heading in body.QuerySelectorAll("h1, h2"))
        {
            if (InChrome(heading, body)) continue;
            var text = heading.TextContent.Trim();
            if (text.Length == 0) continue;
            if (title is not null && text.Length >= 10 && Repeats(title, text)) return heading;
            if (heading.LocalName != "h1") continue;
            first ??= heading;
            if (firstInRoot is null && root is not null && root.Contains(heading)) firstInRoot = heading;
        }

        return firstInRoot ?? first;
    }

    /// <summary>Whether a heading's text is the page title's, or its start (the title may carry the site's name).</summary>
    private static bool Repeats(string title, string heading)
    {
        var t = title.Trim();
        return t.StartsWith(heading, StringComparison.OrdinalIgnoreCase) || heading.StartsWith(t, StringComparison.OrdinalIgnoreCase);
    }

    private static bool InChrome(IElement element, IElement top)
    {
        for (var e = element; e is not null && e != top; e = e.ParentElement)
        {
            if (IsChrome(e, insideArticle: true)) return true;
        }

        return false;
    }

    /// <summary>The page's <c>og:title</c> (or <c>twitter:title</c>) meta element and its value, when it has one.</summary>
    public static (IElement Element, string Value)? TitleAttribute(IDocument document)
    {
        if (document.Head is null) return null;
        foreach (var meta in document.Head.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (key is not null && (key.Equals("og:title", StringComparison.OrdinalIgnoreCase) || key.Equals("twitter:title", StringComparison.OrdinalIgnoreCase))
                && meta.GetAttribute("content") is { } value)
                return (meta, value);
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="element"/> and all it holds are not prose: a script, style, navigation, form, aside,
    /// embed or footer; hidden; or page chrome by its role, class or id. A <c>header</c> is chrome outside the article
    /// (<paramref name="insideArticle"/> false), and the article's own header (headline, byline) inside it.
    /// </summary>
    public static bool IsChrome(IElement element, bool insideArticle)
    {
        var name = element.LocalName;
        if (NeverProse.Contains(name)) return true;
        if (name == "header" && !insideArticle) return true;
        if (element.NamespaceUri is { } ns && ns != "http://www.w3.org/1999/xhtml") return true;
        if (element.Attributes.Length == 0) return false;
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("aria-hidden") is { } hidden && hidden.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role)) return true;
        if (element.GetAttribute("style") is { } style && HidesIt(style)) return true;
        return ((HtmlClassNames.Of(element.GetAttribute("class")) | HtmlClassNames.Of(element.GetAttribute("id"))) & HtmlRole.Chrome) != 0;
    }

    private static bool HidesIt(string style)
    {
        var compact = style.Replace(" ", string.Empty);
        // Hidden, or set far off the screen (links planted for search engines).
        return compact.IndexOf("display:none", StringComparison.OrdinalIgnoreCase) >= 0
            || compact.IndexOf("visibility:hidden", StringComparison.OrdinalIgnoreCase) >= 0
            || compact.IndexOf(":-9999", StringComparison.Ordinal) >= 0;
    }

    /// <summary>The text of the paragraphs under <paramref name="element"/> that are not in chrome, in characters.</summary>
    private static int ParagraphText(IElement element)
    {
        var total = 0;
        var pending = new Stack<IElement>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (e != element && IsChrome(e, insideArticle: true)) continue;
            if (e.LocalName is "p" or "pre")
            {
                total += ProseLength(e);
                continue;
            }

            for (var child = e.LastElementChild; child is not null; child = child.PreviousElementSibling) pending.Push(child);
        }

        return total;
    }

    /// <summary>The characters of text under <paramref name="element"/>, outside chrome, read without copying it.</summary>
    public static int ProseLength(IElement element)
    {
        var total = 0;
        var pending = new Stack<INode>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                total += text.Data.AsSpan().Trim().Length;
                continue;
            }

            if (node is IElement e && e != element && IsChrome(e, insideArticle: true)) continue;
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
        }

        return total;
    }
}
