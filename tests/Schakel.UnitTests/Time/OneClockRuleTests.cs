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

    /// <summary>
    /// Also the date: a list that writes "d-M-yyyy" itself drifts from the rest the day the format changes, and a
    /// format-less <c>ToString()</c> follows the server's culture. The import lists the formats it reads in source
    /// files; reading is not showing, so those files are left out.
    /// </summary>
    [Fact]
    public void No_page_or_export_formats_a_date_itself()
    {
        var offenders = Lines(Allowed.Concat(DateParsing).ToArray())
            // Reading what a user typed (ParseExact) is not showing a date.
            .Where(l => DateFormat().IsMatch(l.Text) && !l.Text.Contains("ParseExact", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.ShouldBeEmpty("Show dates with DutchTime.FormatDate (Features/Shared/DutchTime.cs): " + string.Join("\n", offenders));
    }

    private static readonly string[] DateParsing = ["Features/Import/ImportValues.cs", "Features/Import/ImportRowParser.cs", "Features/Import/ImportRowParser.Cells.cs"];

    private static IEnumerable<(string File, int Line, string Text)> Lines(string[] allowed)
    {
        var web = Path.Combine(Root(), "src", "Schakel.Web");
        return Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("Migrations", StringComparison.Ordinal))
            .Where(f => !allowed.Any(a => f.Replace('\\', '/').EndsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(web, f), Line: i + 1, Text: line)));
    }

    [GeneratedRegex(@"HH:mm|ToLocalTime\(|TimeZoneInfo\.Local\b|DateTime\.Now\b")]
    private static partial Regex Forbidden();

    /// <summary>Day, month and year in the order people read them ("d-M-yyyy", "dd/MM/yy", "d MMMM yyyy").</summary>
    [GeneratedRegex(@"\bd{1,2}[-/. ]M{1,4}[-/. ]y{2,4}\b")]
    private static partial Regex DateFormat();

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
