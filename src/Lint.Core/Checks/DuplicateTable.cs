using Lint.Articles;

namespace Lint.Checks;

/// <summary>
/// The paragraphs of an article seen so far, by the hash of the start of their folded text (<see cref="FoldedText"/>):
/// only paragraphs whose keys meet are hashed in full (once each), so most cost a few dozen characters' work, none
/// more than one pass over its text and one comparison, and nothing is copied.
/// </summary>
internal sealed class DuplicateTable(int segments, int wordsNeeded)
{
    // The first paragraph with each key (its folded bounds are read again when another paragraph meets the key: a long
    // article's table holds a reference a paragraph, not its bounds); the keys that more than one distinct paragraph
    // share get a table by full hash.
    private readonly Dictionary<ulong, Segment> _firsts = [];
    private Shared? _shared;

    /// <summary>The earlier paragraph with the same folded text as <paramref name="folded"/>, or null after adding it as new.</summary>
    public FoldedText? FindOrAdd(FoldedText folded)
    {
        if (!_firsts.TryGetValue(folded.Key, out var firstSegment))
        {
            _firsts[folded.Key] = folded.Segment;
            return null;
        }

        // A key already shared: its first paragraph is in the table by full hash too.
        if (_shared?.Keys.Contains(folded.Key) == true) return _shared.FindOrAdd(folded, wordsNeeded);
        var first = FoldedText.Of(firstSegment, wordsNeeded);
        if (folded.SameAs(first)) return first;
        _shared ??= new Shared(segments);
        _shared.Add(first);
        return _shared.FindOrAdd(folded, wordsNeeded);
    }

    /// <summary>
    /// The keys that distinct paragraphs share, and those paragraphs in one table by full hash (no table a key). A key
    /// becomes shared when a paragraph meets it that differs from its first.
    /// </summary>
    private sealed class Shared(int segments)
    {
        public HashSet<ulong> Keys { get; } = [];

        // By full hash alone: the same folded text has the same key, so the key would add nothing but room. Sized for
        // the article's segments at once: a long article whose paragraphs share their openings (a template) would
        // otherwise leave each outgrown table behind.
        private Dictionary<ulong, Segment> ByHash { get; } = new(segments);

        /// <summary>Shares the key of <paramref name="first"/>, the first paragraph that had it.</summary>
        public void Add(FoldedText first)
        {
            Keys.Add(first.Key);
            ByHash[first.FullHash()] = first.Segment;
        }

        /// <summary>The earlier paragraph with the same folded text as <paramref name="folded"/>, or null after adding it as new.</summary>
        public FoldedText? FindOrAdd(FoldedText folded, int wordsNeeded)
        {
            var hash = folded.FullHash();
            if (ByHash.TryGetValue(hash, out var segment))
            {
                var earlier = FoldedText.Of(segment, wordsNeeded);
                return folded.SameAs(earlier) ? earlier : null;
            }

            ByHash[hash] = folded.Segment;
            return null;
        }
    }
}
