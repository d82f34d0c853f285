using System.CommandLine;
using Schakel.Cli.Ads;
using Schakel.Core.Ads;

namespace Schakel.Cli;

public static class AdsCommand
{
    public static Command Create()
    {
        var cmd = new Command("ads", "Screen advertisements on a risk profile.");
        cmd.Subcommands.Add(CreateScore());
        cmd.Subcommands.Add(CreateProfile());
        return cmd;
    }

    private static Command CreateScore()
    {
        var input = new Option<FileInfo>("--input") { Required = true, Description = "CSV of ads: ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash." };
        var output = new Option<FileInfo>("--output") { Required = true, Description = "CSV to write: ad_id,risk_score,indicators,cluster_id." };
        var knownPhones = new Option<FileInfo?>("--known-phones") { Description = "Phone numbers from signals and cases, one per line (fires phone_in_signal)." };
        var profile = new Option<FileInfo?>("--profile") { Description = "Risk profile as JSON (default: built-in; see 'ads profile')." };
        var clusters = new Option<FileInfo?>("--clusters") { Description = "Optional CSV with one summary row per cluster." };

        var cmd = new Command("score", "Score ads and cluster them by phone, handle, photo and near-duplicate text.");
        cmd.Options.Add(input);
        cmd.Options.Add(output);
        cmd.Options.Add(knownPhones);
        cmd.Options.Add(profile);
        cmd.Options.Add(clusters);
        cmd.SetAction(parsed => AdsScoreRunner.RunFiles(
            parsed.GetValue(input)!,
            parsed.GetValue(output)!,
            parsed.GetValue(knownPhones),
            parsed.GetValue(profile),
            parsed.GetValue(clusters),
            Console.Error));
        return cmd;
    }

    private static Command CreateProfile()
    {
        var cmd = new Command("profile", "Print the built-in risk profile as JSON, as a starting point for a tuned profile.");
        cmd.SetAction(_ =>
        {
            Console.Out.WriteLine(RiskProfile.Default.ToJson());
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
