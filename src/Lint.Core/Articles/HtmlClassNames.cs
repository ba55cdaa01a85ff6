using System.Collections.Generic;

namespace Lint.Articles;

/// <summary>
/// What the class names (or id) of an HTML element say it is: page chrome, a caption, a byline, a deck, a quotation, the
/// translation of one. A name counts whole ("sr-only", "twitter-tweet") or by its parts between hyphens and underscores
/// ("social-share-bar" is chrome by "share", "wp-caption-text" a caption by "caption"). Read once per element, without
/// copying the names (on net10.0; the analyzer's build copies each part to look it up).
/// </summary>
internal static partial class HtmlClassNames
{
    /// <summary>Whole names.</summary>
    private static readonly Dictionary<string, HtmlRole> Wholes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hidden"] = HtmlRole.Chrome, ["sr-only"] = HtmlRole.Chrome, ["visually-hidden"] = HtmlRole.Chrome,
        ["screen-reader-text"] = HtmlRole.Chrome, ["screenreader"] = HtmlRole.Chrome,
        ["visuallyhidden"] = HtmlRole.Chrome, ["offscreen"] = HtmlRole.Chrome, ["skip-link"] = HtmlRole.Chrome,
        ["twitter-tweet"] = HtmlRole.Chrome, ["twitter-video"] = HtmlRole.Chrome,
        ["instagram-media"] = HtmlRole.Chrome, ["tiktok-embed"] = HtmlRole.Chrome, ["fb-post"] = HtmlRole.Chrome,
        ["reddit-embed-bq"] = HtmlRole.Chrome,
    };

    /// <summary>Parts of names.</summary>
    private static readonly Dictionary<string, HtmlRole> Parts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["share"] = HtmlRole.Chrome, ["sharing"] = HtmlRole.Chrome, ["sharebar"] = HtmlRole.Chrome,
        ["social"] = HtmlRole.Chrome, ["related"] = HtmlRole.Chrome, ["newsletter"] = HtmlRole.Chrome,
        ["subscribe"] = HtmlRole.Chrome, ["subscription"] = HtmlRole.Chrome, ["advert"] = HtmlRole.Chrome,
        ["advertisement"] = HtmlRole.Chrome, ["ad"] = HtmlRole.Chrome, ["ads"] = HtmlRole.Chrome,
        ["adslot"] = HtmlRole.Chrome, ["adunit"] = HtmlRole.Chrome, ["dfp"] = HtmlRole.Chrome,
        ["sponsored"] = HtmlRole.Chrome, ["sponsor"] = HtmlRole.Chrome, ["cookie"] = HtmlRole.Chrome,
        ["cookies"] = HtmlRole.Chrome, ["consent"] = HtmlRole.Chrome, ["gdpr"] = HtmlRole.Chrome,
        ["comment"] = HtmlRole.Chrome, ["comments"] = HtmlRole.Chrome, ["disqus"] = HtmlRole.Chrome,
        ["promo"] = HtmlRole.Chrome, ["sidebar"] = HtmlRole.Chrome, ["breadcrumb"] = HtmlRole.Chrome,
        ["breadcrumbs"] = HtmlRole.Chrome, ["menu"] = HtmlRole.Chrome, ["nav"] = HtmlRole.Chrome,
        ["navbar"] = HtmlRole.Chrome, ["navigation"] = HtmlRole.Chrome, ["popup"] = HtmlRole.Chrome,
        ["modal"] = HtmlRole.Chrome, ["overlay"] = HtmlRole.Chrome, ["paywall"] = HtmlRole.Chrome,
        ["recirc"] = HtmlRole.Chrome, ["recirculation"] = HtmlRole.Chrome, ["recommended"] = HtmlRole.Chrome,
        ["recommendations"] = HtmlRole.Chrome, ["trending"] = HtmlRole.Chrome, ["outbrain"] = HtmlRole.Chrome,
        ["taboola"] = HtmlRole.Chrome, ["toolbar"] = HtmlRole.Chrome, ["masthead"] = HtmlRole.Chrome,
        ["logo"] = HtmlRole.Chrome, ["signup"] = HtmlRole.Chrome, ["login"] = HtmlRole.Chrome,
        ["footer"] = HtmlRole.Chrome, ["skip"] = HtmlRole.Chrome, ["tags"] = HtmlRole.Chrome,
        ["tagcloud"] = HtmlRole.Chrome, ["pagination"] = HtmlRole.Chrome, ["pager"] = HtmlRole.Chrome,
        ["most"] = HtmlRole.Chrome, ["popular"] = HtmlRole.Chrome, ["teaser"] = HtmlRole.Chrome,
        ["teasers"] = HtmlRole.Chrome, ["more"] = HtmlRole.Chrome, ["readmore"] = HtmlRole.Chrome,
        ["print"] = HtmlRole.Chrome, ["email"] = HtmlRole.Chrome, ["excerpt"] = HtmlRole.Chrome,
        ["truncated"] = HtmlRole.Chrome, ["btn"] = HtmlRole.Chrome, ["button"] = HtmlRole.Chrome,
        ["embed"] = HtmlRole.Chrome, ["meta"] = HtmlRole.Chrome, ["metadata"] = HtmlRole.Chrome,
        ["date"] = HtmlRole.Chrome, ["dates"] = HtmlRole.Chrome, ["timestamp"] = HtmlRole.Chrome,
        ["updated"] = HtmlRole.Chrome, ["published"] = HtmlRole.Chrome, ["posted"] = HtmlRole.Chrome,
        ["caption"] = HtmlRole.Caption, ["captions"] = HtmlRole.Caption, ["credit"] = HtmlRole.Caption,
        ["credits"] = HtmlRole.Caption, ["figcaption"] = HtmlRole.Caption, ["cutline"] = HtmlRole.Caption,
        ["note"] = HtmlRole.Caption, ["notes"] = HtmlRole.Caption,
        ["byline"] = HtmlRole.Byline, ["author"] = HtmlRole.Byline, ["authors"] = HtmlRole.Byline,
        ["deck"] = HtmlRole.Deck, ["dek"] = HtmlRole.Deck, ["standfirst"] = HtmlRole.Deck,
        ["subtitle"] = HtmlRole.Deck, ["subheadline"] = HtmlRole.Deck, ["sub-headline"] = HtmlRole.Deck,
        ["strapline"] = HtmlRole.Deck, ["kicker"] = HtmlRole.Deck,
        ["translation"] = HtmlRole.Translation, ["translated"] = HtmlRole.Translation,
        ["blockquote"] = HtmlRole.Quote, ["pullquote"] = HtmlRole.Quote, ["quotation"] = HtmlRole.Quote,
        ["quote"] = HtmlRole.Quote,
    };

    /// <summary>The roles the space-separated <paramref name="names"/> give an element.</summary>
    public static HtmlRole Of(string? names)
    {
        if (string.IsNullOrEmpty(names)) return HtmlRole.None;
        var role = HtmlRole.None;
        var text = names.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !IsSpace(text[i])) i++;
            if (i == start) break;
            var name = text.Slice(start, i - start);
            if (Find(Wholes, name, out var whole)) role |= whole;
            if (Find(Parts, name, out var all)) role |= all;
            var partStart = 0;
            for (var k = 0; k <= name.Length; k++)
            {
                if (k < name.Length && name[k] is not ('-' or '_')) continue;
                if (k > partStart && (partStart > 0 || k < name.Length) && Find(Parts, name.Slice(partStart, k - partStart), out var part)) role |= part;
                partStart = k + 1;
            }
        }

        return role;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
