namespace Schakel.Core.Linking.Normalization;

/// <summary>
/// Two levels of sound-alike codes for folded name tokens. <see cref="Canon"/> merges spelling variants
/// that Dutch registrars produce (ij/y/ei, ph/f, c/k/s, z/s, dt/d/t, oe/u, doubled letters) and is strict
/// enough to count as a name match. <see cref="Skeleton"/> (first letter + consonants) is coarse and only
/// used to put candidates in the same block.
/// </summary>
public static class DutchPhonetic
{
    public static string Canon(string token)
    {
        // Rewrites never grow a token by more than "x" -> "ks" per letter.
        var sb = new SpanBuilder(token.Length <= 64 ? stackalloc char[token.Length * 2] : new char[token.Length * 2]);
        var s = token;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            var next2 = i + 2 < s.Length ? s[i + 2] : '\0';
            switch (c)
            {
                case 'e' when next == 'i' && next2 == 'j':
                    sb.Append('y');
                    i += 2;
                    continue;
                case 'i' when next == 'j':
                case 'e' when next is 'i' or 'y':
                    sb.Append('y');
                    i++;
                    continue;
                case 'p' when next == 'h':
                    sb.Append('f');
                    i++;
                    continue;
                case 't' when next == 'h':
                    sb.Append('t');
                    i++;
                    continue;
                case 'c' when next == 'k':
                    sb.Append('k');
                    i++;
                    continue;
                case 'c' when next == 'h':
                    sb.Append('g');
                    i++;
                    continue;
                case 'c':
                    sb.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                    continue;
                case 'k' when next == 'h':
                case 'g' when next == 'h':
                    sb.Append(c);
                    i++;
                    continue;
                case 'q':
                    sb.Append('k');
                    if (next == 'u')
                    {
                        sb.Append('w');
                        i++;
                    }
                    continue;
                case 'x':
                    sb.Append('k');
                    sb.Append('s');
                    continue;
                case 'z':
                    sb.Append('s');
                    continue;
                case 'o' when next == 'e':
                    sb.Append('u');
                    i++;
                    continue;
                case 'o' when next == 'u':
                    sb.Append('a');
                    sb.Append('u');
                    i++;
                    continue;
                case 'd' when next == 't' && i + 2 == s.Length:
                    sb.Append('t');
                    i++;
                    continue;
                case 'd' when i + 1 == s.Length:
                    sb.Append('t');
                    continue;
            }
            sb.Append(c);
        }
        return sb.ToCollapsedString();
    }

    public static string Skeleton(string canon)
    {
        if (canon.Length == 0)
        {
            return canon;
        }
        Span<char> buf = canon.Length <= 128 ? stackalloc char[canon.Length] : new char[canon.Length];
        var n = 0;
        buf[n++] = canon[0];
        for (var i = 1; i < canon.Length; i++)
        {
            var c = canon[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'j')
            {
                continue;
            }
            if (buf[n - 1] != c)
            {
                buf[n++] = c;
            }
        }
        return new string(buf[..n]);
    }

    private ref struct SpanBuilder(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private int _length;

        public void Append(char c) => _buffer[_length++] = c;

        /// <summary>The text with runs of one letter collapsed ("mohammed" -> "mohamed", "jansz" -> "jans").</summary>
        public readonly string ToCollapsedString()
        {
            var w = 0;
            for (var i = 0; i < _length; i++)
            {
                if (w == 0 || _buffer[w - 1] != _buffer[i])
                {
                    _buffer[w++] = _buffer[i];
                }
            }
            return new string(_buffer[..w]);
        }
    }
}
