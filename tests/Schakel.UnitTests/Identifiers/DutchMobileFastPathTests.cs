using System.Globalization;
using PhoneNumbers;
using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

/// <summary>
/// The shortcut for Dutch mobile numbers must never answer differently from libphonenumber, which decides every
/// other number: compared here on generated numbers in every notation the shortcut reads.
/// </summary>
public class DutchMobileFastPathTests
{
    private static readonly PhoneNumberUtil Library = PhoneNumberUtil.GetInstance();

    private static readonly Func<string, string>[] Notations =
    [
        n => "0" + n,
        n => "0" + n[..1] + "-" + n[1..],
        n => "0" + n[..1] + " " + n[1..5] + " " + n[5..],
        n => "0" + n[..1] + "." + n[1..3] + "." + n[3..5] + "." + n[5..7] + "." + n[7..],
        n => "+31" + n,
        n => "+31 " + n[..1] + " " + n[1..],
        n => "+31 (0)" + n[..1] + " " + n[1..],
        n => "+31 0" + n,
        n => "0031" + n,
        n => "0031 0" + n,
        n => "31" + n,
        n => n,
        n => n[..1] + " " + n[1..],
    ];

    private static string? ByLibrary(string raw)
    {
        try
        {
            var number = Library.Parse(raw, "NL");
            return Library.IsValidNumber(number) ? Library.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static (char[] Digits, bool Plus) Scan(string raw)
    {
        var text = raw.Replace("(0)", "", StringComparison.Ordinal);
        return (text.Where(char.IsAsciiDigit).ToArray(), text.StartsWith('+'));
    }

    [Fact]
    public void Agrees_with_libphonenumber_on_generated_numbers_in_every_notation()
    {
        var rng = new Random(18);
        var taken = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Every two-digit start 60-69 (mobile, pager and ranges that do not exist) and a few other national numbers.
            var national = (i % 12 < 10 ? "6" + (i % 10).ToString(CultureInfo.InvariantCulture) : (i % 12 == 10 ? "20" : "97"))
                + rng.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
            var raw = Notations[i % Notations.Length](national);
            var (digits, plus) = Scan(raw);
            var fast = DutchMobileFastPath.TryNormalize(digits, plus);
            var library = ByLibrary(raw);
            if (fast is not null)
            {
                taken++;
                fast.ShouldBe(library, $"notation '{raw}'");
                Library.GetNumberType(Library.Parse(fast, "NL")).ShouldBe(PhoneNumberType.MOBILE, fast);
            }
            else if (national[0] == '6' && national[1] is '1' or '2' or '3' or '4' or '5' or '8')
            {
                throw new ShouldAssertException($"'{raw}' is a Dutch mobile in a common notation but missed the shortcut");
            }
            PhoneNormalizer.Normalize(raw).ShouldBe(library is not null && IsFiller(library) ? null : library, $"notation '{raw}'");
        }
        taken.ShouldBeGreaterThan(8_000);
    }

    [Fact]
    public void Landline_or_not_follows_the_number_type_for_every_valid_Dutch_range()
    {
        var rng = new Random(31);
        var checkedNumbers = 0;
        for (var prefix = 10; prefix <= 99; prefix++)
        {
            for (var sample = 0; sample < 20; sample++)
            {
                foreach (var length in new[] { 9, 11 })
                {
                    var national = prefix.ToString(CultureInfo.InvariantCulture) + string.Concat(Enumerable.Range(0, length - 2).Select(_ => (char)('0' + rng.Next(10))));
                    var number = Library.Parse("+31" + national, "NL");
                    if (!Library.IsValidNumber(number))
                    {
                        continue;
                    }
                    checkedNumbers++;
                    var type = Library.GetNumberType(number);
                    var shared = type is not (PhoneNumberType.MOBILE or PhoneNumberType.PAGER);
                    PhoneNormalizer.IsDutchLandline("+31" + national).ShouldBe(shared, $"+31{national} is {type}");
                }
            }
        }
        checkedNumbers.ShouldBeGreaterThan(500);
    }

    private static bool IsFiller(string e164) => e164[^7..].All(c => c == e164[^1]);
}
