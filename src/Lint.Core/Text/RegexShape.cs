using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// What a valid .NET pattern is made of, read the way the .NET parser reads it: comments (<c>(?#…)</c>), inline and
/// scoped options (free-spacing <c>x</c> makes white space and <c>#</c> to the end of the line nothing), character
/// classes with their escapes and subtractions, escapes that take arguments. It tells the constructs a linear-time
/// engine cannot run, and how many steps the backtracking interpreter may take from one start position before it
/// gives up there. The pattern is read in one pass with an explicit stack of groups, never by recursion, so no
/// nesting depth can exhaust the call stack. Conservative: anything it does not understand is unbounded.
/// </summary>
/// <remarks>
/// Each part of the pattern has a number of ways to match from a position (W) and a cost (C): the steps to try them
/// all. A character, class or anchor has one way and costs one step; <c>x{n,m}</c> on one has m - n + 1 ways and costs
/// m + (m - n + 1) (it reads m characters, then gives them back one by one); an alternation has the sum of its
/// branches' ways and costs; a group made optional has one way more and costs one step more; and in a sequence A B,
/// every way of A tries all of B: C = C(A) + W(A) · C(B), W = W(A) · W(B). So ten alternatives of literal words cost
/// their length, while (a|aa) written 16 times costs about three times 2^16: what makes a pattern backtrack without
/// end is alternatives and quantifiers in sequence that can match the same text. *, +, {n,} and any repeated group
/// other than ? are unbounded.
/// </remarks>
internal readonly struct RegexShape
{
    /// <summary>The ways and costs counted as "too many to count": every sum and product saturates here.</summary>
    public const long Unbounded = long.MaxValue / 4;

    private RegexShape(string? unsupported, long ways, long cost, bool understood = true)
    {
        Unsupported = unsupported;
        Ways = ways;
        Cost = cost;
        Understood = understood;
    }

    /// <summary>Whether every part of the pattern was read (if not, <see cref="Cost"/> is <see cref="Unbounded"/>).</summary>
    public bool Understood { get; }

    /// <summary>The first construct a linear-time engine cannot run (a backreference, a lookaround …), described for a rule author; else null.</summary>
    public string? Unsupported { get; }

    /// <summary>How many ways the whole pattern may match from one position; <see cref="Unbounded"/> when not bounded.</summary>
    public long Ways { get; }

    /// <summary>
    /// A bound on the steps the interpreter takes from one start position; <see cref="Unbounded"/> for an unbounded
    /// quantifier, an unsupported construct or anything not understood.
    /// </summary>
    public long Cost { get; }

    private enum Atom
    {
        None,
        Single,
        Group,
    }

    /// <summary>One open group: its option state and the ways and costs counted so far.</summary>
    private sealed class Frame(bool freeSpacing)
    {
        public bool FreeSpacing { get; set; } = freeSpacing;

        /// <summary>The ways of the alternation's branches already closed.</summary>
        public long Branches { get; set; }

        /// <summary>The cost of the alternation's branches already closed.</summary>
        public long BranchesCost { get; set; }

        /// <summary>The ways of the current branch's atoms before <see cref="Pending"/>.</summary>
        public long Product { get; set; } = 1;

        /// <summary>The cost of the current branch's atoms before <see cref="Pending"/>.</summary>
        public long ProductCost { get; set; }

        /// <summary>The last atom, kept apart until it is known whether a quantifier follows it.</summary>
        public Atom Pending { get; set; }

        public long PendingWays { get; set; } = 1;

        public long PendingCost { get; set; }

        public bool PendingQuantified { get; set; }

        public void Flush()
        {
            if (Pending != Atom.None)
            {
                // Every way of what came before tries all of the atom.
                ProductCost = Add(ProductCost, Multiply(Product, PendingCost));
                Product = Multiply(Product, PendingWays);
            }

            Pending = Atom.None;
            PendingWays = 1;
            PendingCost = 0;
            PendingQuantified = false;
        }

        public void Push(Atom atom, long ways, long cost)
        {
            Flush();
            Pending = atom;
            PendingWays = ways;
            PendingCost = cost;
        }

        /// <summary>Ends the current branch: its ways and cost join the alternation's, and the next branch starts empty.</summary>
        public void EndBranch()
        {
            Flush();
            Branches = Add(Branches, Product);
            BranchesCost = Add(BranchesCost, Math.Max(ProductCost, 1));
            Product = 1;
            ProductCost = 0;
        }
    }

    /// <summary>Reads <paramref name="pattern"/>, which <paramref name="compiled"/> (the interpreter) has already accepted.</summary>
    public static RegexShape Read(string pattern, Regex compiled)
    {
        if (pattern is null) throw new ArgumentNullException(nameof(pattern));
        if (compiled is null) throw new ArgumentNullException(nameof(compiled));
        var numbers = new HashSet<int>(compiled.GetGroupNumbers());
        var names = new HashSet<string>(compiled.GetGroupNames(), StringComparer.Ordinal);
        var freeSpacing = (compiled.Options & RegexOptions.IgnorePatternWhitespace) != 0;
        var stack = new Stack<Frame>();
        var frame = new Frame(freeSpacing);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (frame.FreeSpacing && (IsSpace(c) || c == '#'))
            {
                i = SkipBlank(pattern, i, frame.FreeSpacing);
                continue;
            }

            switch (c)
            {
                case '\\':
                {
                    var escape = ReadEscape(pattern, i, numbers, names, out var end);
                    if (escape is not null) return new RegexShape(escape, Unbounded, Unbounded);
                    frame.Push(Atom.Single, 1, 1);
                    i = end;
                    continue;
                }

                case '[':
                {
                    var end = ClassEnd(pattern, i);
                    if (end < 0) return NotUnderstood;
                    frame.Push(Atom.Single, 1, 1);
                    i = end;
                    continue;
                }

                case '(':
                {
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        if (i + 2 >= pattern.Length) return NotUnderstood;
                        var kind = pattern[i + 2];
                        if (kind == '#')
                        {
                            // A comment: to the first ')', escapes or not; invisible, even between an atom and its quantifier.
                            i = SkipBlank(pattern, i, frame.FreeSpacing);
                            continue;
                        }

                        var construct = kind switch
                        {
                            '=' => "a lookahead (?=…)",
                            '!' => "a lookahead (?!…)",
                            '>' => "an atomic group (?>…)",
                            '(' => "a conditional (?(…)",
                            '<' when i + 3 < pattern.Length && pattern[i + 3] is '=' => "a lookbehind (?<=…)",
                            '<' when i + 3 < pattern.Length && pattern[i + 3] is '!' => "a lookbehind (?<!…)",
                            _ => null,
                        };
                        if (construct is not null) return new RegexShape(construct, Unbounded, Unbounded);
                        if (kind == ':')
                        {
                            frame.Flush();
                            stack.Push(frame);
                            frame = new Frame(frame.FreeSpacing);
                            i += 3;
                            continue;
                        }

                        if (kind is '<' or '\'')
                        {
                            // A named group (?<name>…) or (?'name'…); with a '-' it is a balancing group.
                            var close = pattern.IndexOf(kind == '<' ? '>' : '\'', i + 3);
                            if (close < 0) return NotUnderstood;
                            if (pattern.IndexOf('-', i + 3, close - i - 3) >= 0)
                                return new RegexShape("a balancing group (?<name1-name2>…)", Unbounded, Unbounded);
                            frame.Flush();
                            stack.Push(frame);
                            frame = new Frame(frame.FreeSpacing);
                            i = close + 1;
                            continue;
                        }

                        // Options: (?imnsx-imnsx) from here to the end of the group, or (?imnsx-imnsx:…) for a group.
                        var k = i + 2;
                        var on = true;
                        var spacing = frame.FreeSpacing;
                        while (k < pattern.Length && pattern[k] is not (')' or ':'))
                        {
                            var option = char.ToLowerInvariant(pattern[k]);
                            if (option == '-') on = false;
                            else if (option == 'x') spacing = on;
                            else if (option is not ('i' or 'm' or 'n' or 's')) return NotUnderstood;
                            k++;
                        }

                        if (k >= pattern.Length) return NotUnderstood;
                        if (pattern[k] == ')')
                        {
                            frame.FreeSpacing = spacing;
                        }
                        else
                        {
                            frame.Flush();
                            stack.Push(frame);
                            frame = new Frame(spacing);
                        }

                        i = k + 1;
                        continue;
                    }

                    frame.Flush();
                    stack.Push(frame);
                    frame = new Frame(frame.FreeSpacing);
                    i++;
                    continue;
                }

                case ')':
                {
                    if (stack.Count == 0) return NotUnderstood;
                    frame.EndBranch();
                    var group = frame;
                    frame = stack.Pop();
                    frame.Push(Atom.Group, group.Branches, group.BranchesCost);
                    i++;
                    continue;
                }

                case '|':
                    frame.EndBranch();
                    i++;
                    continue;

                case '*' or '+' or '?' or '{':
                {
                    int min, max;
                    var end = i + 1;
                    if (c == '{')
                    {
                        end = QuantifierEnd(pattern, i, out min, out max);
                        if (end < 0)
                        {
                            // Not {n}, {n,} or {n,m}: a literal brace.
                            frame.Push(Atom.Single, 1, 1);
                            i++;
                            continue;
                        }
                    }
                    else
                    {
                        (min, max) = c == '?' ? (0, 1) : (c == '+' ? 1 : 0, -1);
                    }

                    if (frame.Pending == Atom.None || frame.PendingQuantified) return NotUnderstood;
                    (frame.PendingWays, frame.PendingCost) = Quantified(frame.Pending, frame.PendingWays, frame.PendingCost, min, max);
                    frame.PendingQuantified = true;

                    // A lazy suffix, which may follow white space and comments.
                    end = SkipBlank(pattern, end, frame.FreeSpacing);
                    if (end < pattern.Length && pattern[end] == '?') end++;
                    i = end;
                    continue;
                }

                default:
                    // A literal, '.', or an anchor ('^', '$'): one character or none, one way.
                    frame.Push(Atom.Single, 1, 1);
                    i++;
                    continue;
            }
        }

        if (stack.Count != 0) return NotUnderstood;
        frame.EndBranch();
        return new RegexShape(null, frame.Branches, frame.BranchesCost);
    }

    private static RegexShape NotUnderstood => new(null, Unbounded, Unbounded, understood: false);

    /// <summary>The ways and cost of an atom repeated <paramref name="min"/> to <paramref name="max"/> times (-1: no bound).</summary>
    private static (long Ways, long Cost) Quantified(Atom atom, long ways, long cost, int min, int max)
    {
        if (max < 0) return (Unbounded, Unbounded);

        // A single character reads up to max, then gives them back one by one; an optional group tries itself or
        // nothing. Any other repeated group is counted as unbounded: its ways multiply with each repetition.
        if (atom == Atom.Single) return ((long)max - min + 1, (long)max + ((long)max - min + 1));
        if (min == max && min <= 1) return min == 0 ? (1, 1) : (ways, cost);
        return min == 0 && max == 1 ? (Add(ways, 1), Add(cost, 1)) : (Unbounded, Unbounded);
    }

    private static long Multiply(long a, long b) =>
        a >= Unbounded || b >= Unbounded || (b != 0 && a > Unbounded / b) ? Unbounded : a * b;

    private static long Add(long a, long b) => Math.Min(Unbounded, a + b);

    /// <summary>White space as free-spacing mode ignores it (the .NET parser's set).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// The index after the comments at <paramref name="i"/> (<c>(?#…)</c> always; white space and <c>#</c> to the end
    /// of the line in free-spacing mode); <paramref name="i"/> when there are none.
    /// </summary>
    private static int SkipBlank(string pattern, int i, bool freeSpacing)
    {
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (freeSpacing && IsSpace(c))
            {
                i++;
            }
            else if (freeSpacing && c == '#')
            {
                var line = pattern.IndexOf('\n', i);
                i = line < 0 ? pattern.Length : line + 1;
            }
            else if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] == '#')
            {
                var close = pattern.IndexOf(')', i + 3);
                i = close < 0 ? pattern.Length : close + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// Reads the escape at <paramref name="i"/>, setting <paramref name="end"/> past it; returns a description when it is
    /// a construct a linear-time engine cannot run (a backreference, <c>\G</c>), else null.
    /// </summary>
    private static string? ReadEscape(string pattern, int i, HashSet<int> numbers, HashSet<string> names, out int end)
    {
        end = Math.Min(i + 2, pattern.Length);
        if (i + 1 >= pattern.Length) return null;
        var next = pattern[i + 1];
        switch (next)
        {
            case 'k':
                return @"a backreference (\k)";
            case 'G':
                return @"\G (a match that must start where the last one ended)";
            case 'p' or 'P':
            {
                var close = pattern.IndexOf('}', i);
                end = close < 0 ? pattern.Length : close + 1;
                return null;
            }

            case 'c':
                // A control character: \c[ is one, not a class.
                end = Math.Min(i + 3, pattern.Length);
                return null;
            case '<' or '\'':
            {
                // \<name> and \'name' are backreferences when the name is a group's; else the character itself.
                var close = pattern.IndexOf(next == '<' ? '>' : '\'', i + 2);
                if (close > i + 2 && IsGroup(pattern.Substring(i + 2, close - i - 2), numbers, names))
                    return "a backreference (\\" + next + "…)";
                return null;
            }

            case >= '1' and <= '9':
            {
                // \1 to \9 always refer to a group; a longer number does when there is such a group, else it is octal.
                var k = i + 1;
                while (k < pattern.Length && pattern[k] is >= '0' and <= '9' && k - i <= 9) k++;
                var number = int.Parse(pattern.Substring(i + 1, k - i - 1), System.Globalization.CultureInfo.InvariantCulture);
                return number <= 9 || numbers.Contains(number) ? "a backreference (\\" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : null;
            }

            default:
                return null;
        }
    }

    private static bool IsGroup(string name, HashSet<int> numbers, HashSet<string> names) =>
        names.Contains(name) || (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && numbers.Contains(n));

    /// <summary>
    /// The index after the character class at <paramref name="i"/>: a ']' right after '[' or '[^' is a member, escapes
    /// are members, and <c>-[…]</c> subtracts a class, which may subtract one in turn. -1 when it does not close.
    /// </summary>
    private static int ClassEnd(string pattern, int i)
    {
        var depth = 0;
        var k = i;
        while (k < pattern.Length)
        {
            // At the opening of a class (the outer one, or one subtracted).
            k++;
            depth++;
            if (k < pattern.Length && pattern[k] == '^') k++;
            var first = true;
            while (k < pattern.Length)
            {
                var c = pattern[k];
                if (c == '\\')
                {
                    if (k + 1 < pattern.Length && pattern[k + 1] is 'p' or 'P')
                    {
                        var close = pattern.IndexOf('}', k);
                        k = close < 0 ? pattern.Length : close + 1;
                    }
                    else
                    {
                        k += k + 1 < pattern.Length && pattern[k + 1] == 'c' ? 3 : 2;
                    }
                }
                else if (c == ']' && !first)
                {
                    k++;
                    depth--;
                    if (depth == 0) return k;
                    continue;
                }
                else if (c == '-' && !first && k + 1 < pattern.Length && pattern[k + 1] == '[')
                {
                    k++;
                    break;
                }
                else
                {
                    k++;
                }

                first = false;
            }
        }

        return -1;
    }

    /// <summary>The index after a quantifier {n}, {n,} or {n,m} at <paramref name="i"/> (max -1 for no bound), or -1 when the brace is a literal.</summary>
    private static int QuantifierEnd(string pattern, int i, out int min, out int max)
    {
        min = max = 0;
        var k = i + 1;
        var start = k;
        while (k < pattern.Length && pattern[k] is >= '0' and <= '9') k++;
        if (k == start || k >= pattern.Length || !int.TryParse(pattern.Substring(start, k - start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out min))
            return -1;
        if (pattern[k] == '}')
        {
            max = min;
            return k + 1;
        }

        if (pattern[k] != ',') return -1;
        k++;
        start = k;
        while (k < pattern.Length && pattern[k] is >= '0' and <= '9') k++;
        if (k >= pattern.Length || pattern[k] != '}') return -1;
        if (k == start)
        {
            max = -1;
            return k + 1;
        }

        return int.TryParse(pattern.Substring(start, k - start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out max) && max >= min ? k + 1 : -1;
    }
}
