using System.Text.RegularExpressions;

namespace Schakel.UnitTests.Time;

/// <summary>
/// Keeps the one clock: only DutchTime turns a moment into text for people. A page that formats "HH:mm" itself, or
/// converts with the server's own zone, shows UTC on a server in UTC and reads an hour off next to every other page.
/// </summary>
public sealed partial class OneClockRuleTests
{
    private static readonly string[] Allowed = ["Features/Shared/DutchTime.cs"];

    [Fact]
    public void No_page_or_export_formats_a_time_or_uses_the_server_zone_itself()
    {
        var web = Path.Combine(Root(), "src", "Schakel.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("Migrations", StringComparison.Ordinal))
            .Where(f => !Allowed.Any(a => f.Replace('\\', '/').EndsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(web, f), Line: i + 1, Text: line)))
            .Where(l => Forbidden().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty("Show times with DutchTime (Features/Shared/DutchTime.cs): " + string.Join("\n", offenders));
    }

    [GeneratedRegex(@"HH:mm|ToLocalTime\(|TimeZoneInfo\.Local\b|DateTime\.Now\b")]
    private static partial Regex Forbidden();

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Schakel.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Schakel.slnx not found above " + AppContext.BaseDirectory);
    }
}
