using Schakel.Core.Identifiers;

namespace Schakel.Cli.Ads;

/// <summary>
/// Reads the phone numbers known from signals and cases: one per line, any common notation, blank lines
/// and lines starting with # skipped. An unreadable number is reported, not guessed.
/// </summary>
internal static class KnownPhonesReader
{
    public static (List<string> Phones, int Rejected) Read(TextReader reader, TextWriter error)
    {
        var phones = new List<string>();
        var rejected = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            if (PhoneNormalizer.Normalize(text, out var problem) is { } phone)
            {
                phones.Add(phone);
            }
            else
            {
                rejected++;
                error.WriteLine($"known-phones regel {lineNumber}: afgewezen: {problem}");
            }
        }
        return (phones, rejected);
    }
}
