using System.Globalization;

namespace Lint.Reporting;

/// <summary>
/// GitHub code scanning's <c>primaryLocationLineHash</c>, reimplemented from its published description: a rolling
/// polynomial hash (base 37, 64-bit wrap-around) over 100 UTF-16 code units, skipping spaces and tabs and reading
/// CR and CRLF as LF. A line's value is the hash once 100 characters from its first kept character have gone in;
/// the end of the text is marked with 65535 and flushed with zeros. Each value is suffixed with how many times
/// that value has occurred so far in the file.
/// </summary>
public static class LineHash
{
    private const int Window = 100;
    private const ulong Base = 37;
    private static readonly ulong Power = ComputePower();

    /// <summary>The hash for every line of <paramref name="text"/> (index 0 is line 1).</summary>
    public static IReadOnlyList<string> Compute(string text)
    {
        var state = new State();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t') continue;
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') continue;
                c = '\n';
            }

            state.Feed(c, startsLine: true);
        }

        state.Feed(65535, startsLine: true);
        while (state.HasPending) state.Feed(0, startsLine: false);
        return state.Result;
    }

    private static ulong ComputePower()
    {
        ulong power = 1;
        for (var i = 0; i < Window; i++) power = unchecked(power * Base);
        return power;
    }

    private sealed class State
    {
        private readonly ulong[] _window = new ulong[Window];
        private readonly Queue<long> _lineStarts = new();
        private readonly Dictionary<ulong, int> _seen = [];
        private int _index;
        private ulong _hash;
        private long _consumed;
        private bool _atLineStart = true;

        public List<string> Result { get; } = [];

        public bool HasPending => _lineStarts.Count > 0;

        public void Feed(int c, bool startsLine)
        {
            if (_atLineStart && startsLine)
            {
                _lineStarts.Enqueue(_consumed);
                _atLineStart = false;
            }

            unchecked
            {
                _hash = (_hash * Base) + (ulong)c - (Power * _window[_index]);
            }

            _window[_index] = (ulong)c;
            _index = (_index + 1) % Window;
            _consumed++;
            if (_lineStarts.Count > 0 && _lineStarts.Peek() + Window == _consumed)
            {
                _lineStarts.Dequeue();
                _seen[_hash] = _seen.TryGetValue(_hash, out var n) ? n + 1 : 1;
                Result.Add(_hash.ToString("x", CultureInfo.InvariantCulture) + ":" + _seen[_hash].ToString(CultureInfo.InvariantCulture));
            }

            if (c == '\n') _atLineStart = true;
        }
    }
}
