using System.CommandLine;
using System.Text;
using Schakel.Cli;
using Schakel.Cli.Ads;

namespace Schakel.UnitTests.Ads;

public class AdsScoreRunnerTests
{
    private const string Header = "ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash";
    private static readonly AdsScoreSettings Settings = new() { NowUtc = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc) };

    private static (int Code, string Output, string Error) Run(string csv, AdsScoreSettings? settings = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = AdsScoreRunner.Run(new StringReader(csv), output, error, settings ?? Settings);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Clean_input_exits_zero_with_contract_output()
    {
        var csv = $"""
            {Header}
            a2,2026-11-01,Zwolle,06-12345678,@lisa,"Nieuw, in de stad","Hoi ik ben Anna, ""echt"" 24/7 😘
            bel me",€ 40,19,abc
            a1,01-11-2026 10:00,Deventer,+31 6 1234 5678,,Kim,"Ik ben Kim",150.00,30,def
            """;
        var (code, output, error) = Run(csv);
        code.ShouldBe(ExitCodes.Ok, error);
        error.ShouldBeEmpty();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("ad_id,risk_score,indicators,cluster_id");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("a1,");
        lines[2].ShouldStartWith("a2,");
        var fields = lines[2].Split(',');
        fields.Length.ShouldBe(4);
        double.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(0, 1);
        fields[1].ShouldMatch(@"^\d\.\d{4}$");
        fields[2].Split(';').ShouldContain("always_available");
        fields[2].Split(';').ShouldContain("shared_phone_multiple_women");
        fields[3].ShouldBe("ca1");
    }

    [Fact]
    public void Exact_duplicate_rows_are_dropped_silently()
    {
        var (code, output, error) = Run($"{Header}\na1,,,,,,tekst,,,\na1,,,,,,tekst,,,\n");
        code.ShouldBe(ExitCodes.Ok);
        error.ShouldBeEmpty();
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }

    [Fact]
    public void Conflicting_duplicates_are_all_rejected_with_line_numbers()
    {
        var (code, output, error) = Run($"{Header}\na1,,,,,,tekst,,,\nb1,,,,,,x,,,\na1,,,,,,andere tekst,,,\n");
        code.ShouldBe(ExitCodes.RejectedLines);
        error.ShouldContain("regel 2 (ad_id a1): afgewezen");
        error.ShouldContain("regel 4 (ad_id a1): afgewezen");
        output.ShouldNotContain("a1,");
        output.ShouldContain("b1,");
    }

    [Fact]
    public void Bad_lines_are_rejected_and_reported_while_the_rest_is_scored()
    {
        var csv = $"{Header}\nok1,,,,,,fine,,,\nshort,2026-11-01,Zwolle\n\"bad\"x,,,,,,,,,\n,,,,,,no id,,,\nok2,,,,,,fine too,,,\n";
        var (code, output, error) = Run(csv);
        code.ShouldBe(ExitCodes.RejectedLines);
        error.ShouldContain("regel 3 (ad_id short): afgewezen: verkeerd aantal kolommen");
        error.ShouldContain("regel 4");
        error.ShouldContain("regel 5: afgewezen: ad_id is leeg");
        output.ShouldContain("ok1,");
        output.ShouldContain("ok2,");
    }

    [Fact]
    public void Absurd_fields_are_ignored_with_a_warning_and_exit_one()
    {
        var csv = $"{Header}\na1,2099-01-01,Zwolle,123,,t,tekst,-50,3,\n";
        var (code, output, error) = Run(csv);
        code.ShouldBe(ExitCodes.RejectedLines);
        error.ShouldContain("regel 2 (ad_id a1): veld genegeerd: posted_at");
        error.ShouldContain("phone");
        error.ShouldContain("price");
        error.ShouldContain("age_claimed");
        output.ShouldContain("a1,0.0000,,ca1");
    }

    [Fact]
    public void Invalid_utf8_rejects_only_that_line()
    {
        var dir = Directory.CreateTempSubdirectory("schakel-ads-");
        try
        {
            var input = Path.Combine(dir.FullName, "ads.csv");
            var bytes = new List<byte>();
            bytes.AddRange(Encoding.UTF8.GetBytes($"{Header}\nok,,,,,,fine,,,\nlatin1,,,,,,caf"));
            bytes.Add(0xE9);
            bytes.AddRange(Encoding.UTF8.GetBytes(",,,\n"));
            File.WriteAllBytes(input, bytes.ToArray());
            var output = new FileInfo(Path.Combine(dir.FullName, "out.csv"));
            var error = new StringWriter();
            var code = AdsScoreRunner.RunFiles(new FileInfo(input), output, null, null, null, error);
            code.ShouldBe(ExitCodes.RejectedLines);
            error.ToString().ShouldContain("regel 3 (ad_id latin1): afgewezen: tekst is geen geldige UTF-8");
            File.ReadAllText(output.FullName).ShouldContain("ok,0.0000,,cok");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("ad_id,city,text\na1,Zwolle,x\n")]
    [InlineData("ad_id,ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash\n")]
    [InlineData("\"ad_id,posted_at\n")]
    public void Missing_or_unusable_header_is_a_usage_error(string csv)
    {
        var (code, output, error) = Run(csv);
        code.ShouldBe(ExitCodes.Usage);
        output.ShouldBeEmpty();
        error.ShouldStartWith("fout:");
    }

    [Fact]
    public void Header_columns_may_come_in_any_order_and_case()
    {
        var (code, output, _) = Run("TEXT,Ad_Id,posted_at,city,phone,handle,title,price,age_claimed,photo_hash\nhallo,a1,,,,,,,,\n");
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("a1,0.0000,,ca1");
    }

    [Fact]
    public void Missing_files_are_usage_errors_and_write_no_output()
    {
        var dir = Directory.CreateTempSubdirectory("schakel-ads-");
        try
        {
            var output = new FileInfo(Path.Combine(dir.FullName, "out.csv"));
            var error = new StringWriter();
            AdsScoreRunner.RunFiles(new FileInfo(Path.Combine(dir.FullName, "missing.csv")), output, null, null, null, error)
                .ShouldBe(ExitCodes.Usage);
            output.Exists.ShouldBeFalse();
            error.ToString().ShouldContain("bestaat niet");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Known_phones_file_fires_phone_in_signal_and_cluster_file_is_written()
    {
        var dir = Directory.CreateTempSubdirectory("schakel-ads-");
        try
        {
            var input = Path.Combine(dir.FullName, "ads.csv");
            File.WriteAllText(input, $"{Header}\na1,,Zwolle,0612345678,,,x,,,\na2,,Kampen,0612345678,,,y,,,\n");
            var phones = Path.Combine(dir.FullName, "phones.txt");
            File.WriteAllText(phones, "# uit signalen\n+31 6 1234 5678\n\nniet-een-nummer\n");
            var output = new FileInfo(Path.Combine(dir.FullName, "out.csv"));
            var clusters = new FileInfo(Path.Combine(dir.FullName, "clusters.csv"));
            var error = new StringWriter();
            var code = AdsScoreRunner.RunFiles(new FileInfo(input), output, new FileInfo(phones), null, clusters, error);
            code.ShouldBe(ExitCodes.RejectedLines);
            error.ToString().ShouldContain("known-phones regel 4");
            File.ReadAllText(output.FullName).ShouldContain("a1,0.4500,phone_in_signal,ca1");
            var clusterLines = File.ReadAllLines(clusters.FullName);
            clusterLines[1].ShouldStartWith("ca1,2,0,0.4500,,,+31612345678,,Kampen;Zwolle,a1;a2");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Shuffled_input_gives_identical_output()
    {
        var rows = new List<string>();
        string[] cities = ["Zwolle", "Deventer", "Kampen", "Amsterdam"];
        for (var i = 0; i < 80; i++)
        {
            var text = i % 4 == 0 ? TestAds.LongText.Replace("rustige", "rustige" + (i % 3), StringComparison.Ordinal) : $"Hoi ik ben Naam{i % 9}, tot snel";
            rows.Add($"ad{i},2026-10-{1 + (i % 27):D2},{cities[i % 4]},06-{10000000 + (i % 13)},@h{i % 7},t,\"{text}\",{30 + i},{18 + (i % 20)},p{i % 10}");
        }
        var expected = Run(Header + "\n" + string.Join("\n", rows)).Output;
        var random = new Random(3);
        for (var round = 0; round < 3; round++)
        {
            Run(Header + "\n" + string.Join("\n", rows.OrderBy(_ => random.Next()))).Output.ShouldBe(expected);
        }
    }

    [Fact]
    public void Profile_file_is_used_and_an_invalid_one_is_a_usage_error()
    {
        var dir = Directory.CreateTempSubdirectory("schakel-ads-");
        try
        {
            var input = Path.Combine(dir.FullName, "ads.csv");
            File.WriteAllText(input, $"{Header}\na1,,,,,,24/7 beschikbaar,,19,\n");
            var profile = Path.Combine(dir.FullName, "profile.json");
            File.WriteAllText(profile, """
                { "version": "test-1", "indicators": [ { "code": "always_available", "label": "Altijd", "weight": 0.7,
                  "rationale": "r", "source": "s", "predictive": "unverified", "phrases": ["24/7"] } ] }
                """);
            var output = new FileInfo(Path.Combine(dir.FullName, "out.csv"));
            AdsScoreRunner.RunFiles(new FileInfo(input), output, null, new FileInfo(profile), null, new StringWriter()).ShouldBe(ExitCodes.Ok);
            File.ReadAllText(output.FullName).ShouldContain("a1,0.7000,always_available,ca1");

            File.WriteAllText(profile, """{ "version": "broken" """);
            output.Delete();
            var error = new StringWriter();
            AdsScoreRunner.RunFiles(new FileInfo(input), output, null, new FileInfo(profile), null, error).ShouldBe(ExitCodes.Usage);
            error.ToString().ShouldContain("risicoprofiel");
            File.Exists(output.FullName).ShouldBeFalse();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("score --input a.csv")]
    [InlineData("score --output b.csv")]
    [InlineData("score")]
    public void Missing_options_are_parse_errors(string args)
    {
        var root = new RootCommand { AdsCommand.Create() };
        root.Parse("ads " + args).Errors.ShouldNotBeEmpty();
    }
}
