using System.Text;
using Schakel.Core.Ads;

namespace Schakel.Cli.Ads;

/// <summary>
/// The <c>ads score</c> command without the command-line parsing, callable in-process by tests.
/// Exit codes: 0 ok; 1 some lines rejected or fields ignored (all reported on the error writer, the rest
/// is scored); 2 usage error (missing file, unusable header, invalid profile) and then no output is written.
/// </summary>
public static class AdsScoreRunner
{
    // Invalid bytes become U+FFFD, which the importer turns into a rejection of that line only.
    private static readonly Encoding InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static int Run(TextReader input, TextWriter output, TextWriter error, AdsScoreSettings? settings = null, TimeProvider? clock = null)
    {
        settings ??= new AdsScoreSettings();
        AdScreeningEngine engine;
        try
        {
            engine = new AdScreeningEngine(settings.Profile, settings.KnownPhones);
        }
        catch (RiskProfileException e)
        {
            error.WriteLine("fout: " + e.Message);
            return ExitCodes.Usage;
        }

        var import = AdCsvImporter.Import(input, settings.NowUtc ?? (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        if (import.FatalError is not null)
        {
            error.WriteLine("fout: " + import.FatalError);
            return ExitCodes.Usage;
        }
        foreach (var issue in import.Issues)
        {
            error.WriteLine(issue.ToString());
        }

        var result = engine.Screen(import.Ads);
        ScoredCsvWriter.WriteScores(result, output);
        if (settings.ClustersOutput is not null)
        {
            ScoredCsvWriter.WriteClusters(result, settings.ClustersOutput);
        }
        return import.Issues.Count > 0 ? ExitCodes.RejectedLines : ExitCodes.Ok;
    }

    /// <summary>File-based entry used by the command line.</summary>
    public static int RunFiles(FileInfo input, FileInfo output, FileInfo? knownPhones, FileInfo? profile, FileInfo? clusters, TextWriter error)
    {
        foreach (var file in new[] { input, knownPhones, profile }.OfType<FileInfo>())
        {
            if (!file.Exists)
            {
                error.WriteLine($"fout: bestand '{file.FullName}' bestaat niet");
                return ExitCodes.Usage;
            }
        }

        var settings = new AdsScoreSettings();
        var rejectedPhones = 0;
        try
        {
            if (profile is not null)
            {
                settings = settings with { Profile = RiskProfile.FromJson(File.ReadAllText(profile.FullName)) };
            }
            if (knownPhones is not null)
            {
                using var reader = new StreamReader(knownPhones.FullName, InputEncoding, detectEncodingFromByteOrderMarks: true);
                (var phones, rejectedPhones) = KnownPhonesReader.Read(reader, error);
                settings = settings with { KnownPhones = phones };
            }
        }
        catch (RiskProfileException e)
        {
            error.WriteLine("fout: " + e.Message);
            return ExitCodes.Usage;
        }

        string csv;
        using (var reader = new StreamReader(input.FullName, InputEncoding, detectEncodingFromByteOrderMarks: true))
        {
            csv = reader.ReadToEnd();
        }

        // Write to a buffer first so an unusable input never leaves a half-written output file behind.
        var scores = new StringWriter(new StringBuilder(csv.Length / 8));
        var clusterText = clusters is null ? null : new StringWriter();
        var code = Run(new StringReader(csv), scores, error, settings with { ClustersOutput = clusterText });
        if (code == ExitCodes.Usage)
        {
            return code;
        }
        try
        {
            File.WriteAllText(output.FullName, scores.ToString(), OutputEncoding);
            if (clusters is not null)
            {
                File.WriteAllText(clusters.FullName, clusterText!.ToString(), OutputEncoding);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"fout: kan uitvoer niet schrijven: {e.Message}");
            return ExitCodes.Usage;
        }
        return code == ExitCodes.Ok && rejectedPhones > 0 ? ExitCodes.RejectedLines : code;
    }
}
