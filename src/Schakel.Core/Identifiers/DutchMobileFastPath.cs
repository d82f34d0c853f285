namespace Schakel.Core.Identifiers;

/// <summary>
/// The Dutch mobile notations that make up most of the numbers in signals and ads ("06-12345678", "+31 6 ...",
/// "0031 6 ...", "+31 (0)6 ...", "6 12345678"), read without libphonenumber because its parse costs several
/// microseconds per number and linking normalises millions. Only national numbers 6[1-58] followed by seven digits
/// qualify: exactly the ones libphonenumber's NL metadata calls valid mobile numbers. A unit test compares this
/// path with the library on generated numbers in every notation; anything else goes to the library.
/// </summary>
public static class DutchMobileFastPath
{
    /// <summary>E.164 for a Dutch mobile number in a common notation; null when the library must decide.</summary>
    public static string? TryNormalize(ReadOnlySpan<char> digits, bool plus)
    {
        var national = NationalNumber(digits, plus);
        if (national.Length != 9 || national[0] != '6' || national[1] is not ('1' or '2' or '3' or '4' or '5' or '8'))
        {
            return null;
        }
        return string.Concat("+31", national);
    }

    private static ReadOnlySpan<char> NationalNumber(ReadOnlySpan<char> d, bool plus)
    {
        if (!plus)
        {
            if (d.Length == 10 && d[0] == '0')
            {
                return d[1..];
            }
            if (d.Length == 9)
            {
                // A mobile number written without its trunk zero ("6 12345678").
                return d;
            }
            if (d.StartsWith("00"))
            {
                d = d[2..];
            }
            else if (d.Length != 11)
            {
                return [];
            }
        }
        if (!d.StartsWith("31"))
        {
            return [];
        }
        d = d[2..];
        // "+31 06 ..." : the trunk zero kept by mistake after the country code.
        return d.Length == 10 && d[0] == '0' ? d[1..] : d;
    }
}
