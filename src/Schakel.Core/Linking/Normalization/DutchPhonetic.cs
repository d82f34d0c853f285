using System.Text;

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
        var sb = new StringBuilder(token.Length);
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
                    sb.Append("ks");
                    continue;
                case 'z':
                    sb.Append('s');
                    continue;
                case 'o' when next == 'e':
                    sb.Append('u');
                    i++;
                    continue;
                case 'o' when next == 'u':
                    sb.Append("au");
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
            if (sb.Length > 0 && sb[^1] == c)
            {
                continue;
            }
            sb.Append(c);
        }
        // Collapse doubles created by the rewrites above ("jansz" -> "jans").
        for (var i = sb.Length - 1; i > 0; i--)
        {
            if (sb[i] == sb[i - 1])
            {
                sb.Remove(i, 1);
            }
        }
        return sb.ToString();
    }

    public static string Skeleton(string canon)
    {
        if (canon.Length == 0)
        {
            return canon;
        }
        var sb = new StringBuilder(canon.Length);
        sb.Append(canon[0]);
        for (var i = 1; i < canon.Length; i++)
        {
            var c = canon[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w' or 'j')
            {
                continue;
            }
            if (sb[^1] != c)
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
