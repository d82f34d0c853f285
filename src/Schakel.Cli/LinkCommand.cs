using System.CommandLine;
using System.Globalization;
using System.Text;
using Schakel.Cli.Linking;
using Schakel.Core.Csv;
using Schakel.Core.Linking;

namespace Schakel.Cli;

/// <summary><c>schakel link --input signals.csv --output links.csv</c>: candidate links between subjects.</summary>
public static class LinkCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "CSV with signals (UTF-8, comma, header row).", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "CSV to write: subject_id_a,subject_id_b,score,reasons,kind.", Required = true };
        var minScore = new Option<double>("--min-score")
        {
            Description = "Leave out candidates scoring below this (default 0.05). Scores >= 0.5 are proposed links.",
            DefaultValueFactory = _ => new LinkOptions().MinScore,
        };
        var stats = new Option<bool>("--stats") { Description = "Print counts, time and peak memory to stderr when done." };
        var report = new Option<FileInfo?>("--model-report") { Description = "Write the learned model (prior, m, u and weight per field and level) as Markdown." };
        var save = new Option<FileInfo?>("--save-model") { Description = "Write the learned model as JSON, to reuse with --model." };
        var model = new Option<FileInfo?>("--model") { Description = "Score with this saved model (JSON) instead of learning one from the input." };
        var cmd = new Command("link", Description()) { input, output, minScore, stats, report, save, model };
        cmd.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(minScore), Console.Error, parse.GetValue(stats),
            new ModelFiles(parse.GetValue(model), parse.GetValue(save), parse.GetValue(report))));
        return cmd;
    }

    /// <summary>Where to read a model from and write the learned one to; all optional.</summary>
    public sealed record ModelFiles(FileInfo? Model = null, FileInfo? Save = null, FileInfo? Report = null);

    /// <summary>Runs on files; returns the exit code.</summary>
    public static int Run(FileInfo input, FileInfo output, double minScore, TextWriter error, bool stats = false, ModelFiles? models = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        models ??= new ModelFiles();
        if (!input.Exists)
        {
            error.WriteLine($"invoerbestand niet gevonden: {input.FullName}");
            return ExitCodes.Usage;
        }
        LinkModel? given = null;
        if (models.Model is { } modelFile)
        {
            try
            {
                given = LinkModel.FromJson(File.ReadAllText(modelFile.FullName));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or NotSupportedException)
            {
                error.WriteLine($"model niet te lezen: {modelFile.FullName}: {ex.Message}");
                return ExitCodes.Usage;
            }
        }
        if (minScore is < 0 or > 1 || double.IsNaN(minScore))
        {
            error.WriteLine("--min-score moet tussen 0 en 1 liggen");
            return ExitCodes.Usage;
        }
        StreamReader reader;
        try
        {
            // Invalid UTF-8 becomes U+FFFD instead of an exception, so the row can be rejected by line number.
            reader = new StreamReader(input.FullName, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kan invoerbestand niet lezen: {input.FullName}: {ex.Message}");
            return ExitCodes.Usage;
        }
        using var disposeReader = reader;
        var tempOutput = output.FullName + ".tmp";
        int code;
        try
        {
            using (var writer = new StreamWriter(tempOutput, false, new UTF8Encoding(false), 1 << 16))
            {
                code = Run(reader, writer, error, new LinkOptions { MinScore = minScore, Model = given }, stats ? clock : null, models);
            }
            if (code == ExitCodes.Usage)
            {
                File.Delete(tempOutput);
                return code;
            }
            File.Move(tempOutput, output.FullName, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"kan uitvoer niet schrijven naar {output.FullName}: {ex.Message}");
            return ExitCodes.Usage;
        }
        return code;
    }

    /// <summary>Reads signals from <paramref name="input"/>, writes links to <paramref name="output"/>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter error, LinkOptions? options = null) =>
        Run(input, output, error, options, null, null);

    private static int Run(TextReader input, TextWriter output, TextWriter error, LinkOptions? options, System.Diagnostics.Stopwatch? stats, ModelFiles? models)
    {
        SignalCsv.ReadResult read;
        try
        {
            read = SignalCsv.Read(input, error);
        }
        catch (SignalCsv.HeaderException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
        var readTime = stats?.Elapsed ?? TimeSpan.Zero;
        var result = LinkEngine.Run(read.Records, options);
        foreach (var w in result.Warnings)
        {
            error.WriteLine($"regel {read.RecordLines[w.RecordIndex]}: {w.Message}");
        }
        Write(result.Links, output);
        if (models?.Save is { } save)
        {
            File.WriteAllText(save.FullName, result.Model.ToJson(indented: true) + "\n");
        }
        if (models?.Report is { } report)
        {
            File.WriteAllText(report.FullName, ModelReport.Markdown(result.Model, result.BlockPairs));
        }
        if (stats is not null)
        {
            output.Flush();
            var proposed = 0;
            foreach (var l in result.Links)
            {
                proposed += l.IsProposed ? 1 : 0;
            }
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            var phases = string.Join(" ", result.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase}={p.Time.TotalSeconds:0.00}")));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phases_s: read={readTime.TotalSeconds:0.00} {phases}"));
            error.WriteLine("block_pairs: " + string.Join(" ", result.BlockPairs.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Kind}={b.Pairs}"))));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stats: model={result.Model.Id} em_iterations={result.Model.Fit.Iterations} rows={read.Records.Count} subjects={result.Subjects} pairs_scored={result.PairsScored} candidates={result.Links.Count} proposed={proposed} skipped_blocks={result.SkippedBlocks} elapsed_s={stats.Elapsed.TotalSeconds:0.00} peak_mb={self.PeakWorkingSet64 / (1024 * 1024)}"));
        }
        if (read.RejectedRows > 0)
        {
            error.WriteLine($"{read.RejectedRows} regel(s) overgeslagen; de overige {read.Records.Count} zijn verwerkt.");
            return ExitCodes.RejectedLines;
        }
        return ExitCodes.Ok;
    }

    public static void Write(IReadOnlyList<CandidateLink> links, TextWriter output)
    {
        using var csv = CsvFiles.Writer(output);
        csv.WriteSafeRecord(["subject_id_a", "subject_id_b", "score", "reasons", "kind"]);
        foreach (var link in links)
        {
            csv.WriteSafe(link.A);
            csv.WriteSafe(link.B);
            csv.WriteField(link.Score.ToString("0.0000", CultureInfo.InvariantCulture));
            csv.WriteField(string.Join(';', link.Reasons));
            csv.WriteField(link.Kind == LinkKind.Related ? "related" : "same_person");
            csv.NextRecord();
        }
    }

    private static string Description()
    {
        var sb = new StringBuilder();
        sb.AppendLine("Find candidate links between subjects in a CSV of signals.");
        sb.AppendLine("Input columns: signal_id,subject_id,full_name,date_of_birth,phone,email,street,house_number,postcode,city,license_plate,handle[,role]");
        sb.AppendLine("(any order, any may be empty except subject_id). Rows with the same subject_id are one subject.");
        sb.AppendLine("role (optional): victim, suspect or other; a victim and a suspect are never one person.");
        sb.AppendLine("Output: subject_id_a,subject_id_b,score,reasons,kind; score is the probability of one person; kind is");
        sb.AppendLine("same_person (score >= 0.5 is a proposed link) or related (two persons sharing the identifiers in reasons).");
        sb.AppendLine("Reasons:");
        foreach (var (_, token, meaning) in MatchReasons.All)
        {
            sb.Append("  ").Append(token.PadRight(17)).AppendLine(meaning);
        }
        sb.Append("Exit codes: 0 ok, 1 some rows rejected (see stderr, 'regel N'), 2 usage error or unusable header.");
        return sb.ToString();
    }
}
