using System.Globalization;
using System.Text;

namespace Lint.Cli;

/// <summary>
/// <c>--shard I/N</c>: the part of a run one of N machines lints. A file belongs to shard
/// <c>FNV-1a-64(UTF-8 of its path relative to the current folder, '/' separators) mod N + 1</c>: a fixed hash of the
/// path, never of its place in the list nor a runtime's string hash, so every machine and operating system agrees,
/// and adding or removing an article moves no other article to another shard. I is 1-based, as a GitHub Actions
/// matrix counts; a Kubernetes indexed Job passes <c>$((JOB_COMPLETION_INDEX + 1))/N</c>.
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    /// <summary>The most shards a run is split into.</summary>
    public const int MaxCount = 1000;

    /// <summary>"2/4".</summary>
    public override string ToString() => FormattableString.Invariant($"{Index}/{Count}");

    /// <summary>Reads <c>I/N</c>; anything else is a usage error naming the form.</summary>
    public static Shard Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && count <= MaxCount && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new UsageException($"option '--shard' is '{text}'; expected I/N with 1 ≤ I ≤ N ≤ {MaxCount}, such as 2/4 (I counts from 1; in a Kubernetes indexed Job, $((JOB_COMPLETION_INDEX+1))/N)");
    }

    /// <summary>Whether the file at <paramref name="relativePath"/> (relative to the current folder) is in this shard.</summary>
    public bool Contains(string relativePath) => Of(relativePath, Count) == Index;

    /// <summary>The shard, 1 to <paramref name="count"/>, of <paramref name="relativePath"/>.</summary>
    public static int Of(string relativePath, int count) => (int)(Hash(relativePath.Replace('\\', '/')) % (ulong)count) + 1;

    /// <summary>64-bit FNV-1a over the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
