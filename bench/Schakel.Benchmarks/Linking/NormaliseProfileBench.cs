using System.Diagnostics;
using Schakel.Core.Linking;
using Schakel.Core.Identifiers;
using Schakel.Core.Linking.Normalization;
using Schakel.Testing.Linking;

namespace Schakel.Benchmarks.Linking;

/// <summary><c>link-normalise [records]</c>: single-threaded time per normaliser, to see where normalising spends.</summary>
public static class NormaliseProfileBench
{
    public static int Run(string[] args)
    {
        var n = args.Length > 0 && int.TryParse(args[0], out var x) ? x : 300_000;
        var data = SyntheticSignals.Generate(n, seed: 7).Records;
        void Time(string name, Action<SubjectRecord> action)
        {
            var sw = Stopwatch.StartNew();
            foreach (var r in data)
            {
                action(r);
            }
            Console.WriteLine($"{name,-10} {sw.Elapsed.TotalMilliseconds * 1000 / data.Count,8:0.00} us/row");
        }
        for (var round = 0; round < 2; round++)
        {
            Time("phone", r => PhoneNormalizer.NormalizeMany(r.Phone, out _));
            Time("phone-lib", r => LibraryOnly(r.Phone));
            Time("email", r => EmailNormalizer.NormalizeMany(r.Email, out _));
            Time("handle", r => HandleNormalizer.NormalizeMany(r.Handle));
            Time("plate", r => LicensePlateNormalizer.Normalize(r.LicensePlate));
            Time("name", r => PersonName.Parse(r.FullName));
            Time("dob", r => _ = DateOfBirth.TryParse(r.DateOfBirth, out _));
            Time("address", r => Address.Create(r.Street, r.HouseNumber, r.Postcode, r.City));
            Time("extract", r => FeatureExtractor.Extract(r, new List<string>()));
            var features = data.Select(r => FeatureExtractor.Extract(r, null)).ToList();
            var keys = new List<ulong>();
            var sw = Stopwatch.StartNew();
            foreach (var f in features)
            {
                keys.Clear();
                BlockingKeys.Generate(f, keys);
            }
            Console.WriteLine($"{"keys",-10} {sw.Elapsed.TotalMilliseconds * 1000 / data.Count,8:0.00} us/row");
        }
        return 0;
    }

    // What every number would cost without the Dutch mobile shortcut: libphonenumber parse, validity and E.164.
    private static string? LibraryOnly(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }
        try
        {
            var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
            var number = util.Parse(phone, "NL");
            return util.IsValidNumber(number) ? util.Format(number, PhoneNumbers.PhoneNumberFormat.E164) : null;
        }
        catch (PhoneNumbers.NumberParseException)
        {
            return null;
        }
    }
}
