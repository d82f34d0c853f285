using System.CommandLine;
using System.Text;
using Schakel.Cli;

namespace Schakel.UnitTests.Linking;

public class LinkCommandTests
{
    private const string Header = "signal_id,subject_id,full_name,date_of_birth,phone,email,street,house_number,postcode,city,license_plate,handle";

    private static (int Code, string Output, string Error) Run(string csv)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = LinkCommand.Run(new StringReader(csv), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Writes_header_and_scored_pairs()
    {
        var (code, output, error) = Run(Header + "\n"
            + "1,s2,Jan de Vries,14-03-1990,06-12345678,,,,,,,\n"
            + "2,s1,\"Vries, Jan de\",1990-03-14,+31 6 1234 5678,,,,,,,\n");
        code.ShouldBe(0, error);
        output.ShouldBe("subject_id_a,subject_id_b,score,reasons,kind\ns1,s2,1.0000,phone;name_exact;dob_exact,same_person\n");
    }

    [Fact]
    public void Header_is_tolerant_of_order_case_spaces_bom_and_missing_optional_columns()
    {
        var (code, output, _) = Run("\uFEFF Subject_ID , Full Name,DATE_OF_BIRTH\n"
            + "a,Jan de Vries,1990-03-14\n"
            + "b,Jan de Vries,14/3/1990\n");
        code.ShouldBe(0);
        output.ShouldContain("a,b,");
    }

    [Fact]
    public void Bad_rows_are_reported_with_line_numbers_and_the_rest_is_processed()
    {
        var (code, output, error) = Run(Header + "\n"
            + "1,s1,Jan de Vries,1990-03-14,,,,,,,,\n"
            + "2,s2,too,few\n"
            + "3,,Nobody,,,,,,,,,\n"
            + "4,s3,Jan de Vries,14-03-1990,,,,,,,,\n");
        code.ShouldBe(ExitCodes.RejectedLines);
        error.ShouldContain("regel 3:");
        error.ShouldContain("regel 4:");
        output.ShouldContain("s1,s3,");
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quotes()
    {
        var (_, _, error) = Run(Header + "\n"
            + "1,s1,\"Jan\nde Vries\",,,,,,,,,\n"
            + "2,s2,x\n");
        error.ShouldContain("regel 4:");
    }

    [Fact]
    public void Unreadable_date_is_a_warning_not_a_rejection()
    {
        var (code, _, error) = Run(Header + "\n1,s1,Jan de Vries,31-02-1990,,,,,,,,\n");
        code.ShouldBe(ExitCodes.Ok);
        error.ShouldContain("regel 2: geboortedatum");
    }

    [Fact]
    public void Invalid_utf8_rejects_the_row()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Header + "\n1,s1,Jan de Vries,,,,,,,,,\n2,s2,Jan "));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" de Vries,,,,,,,,,\n"));
        using var reader = new StreamReader(new MemoryStream([.. bytes]), new UTF8Encoding(false, false));
        var output = new StringWriter();
        var error = new StringWriter();
        LinkCommand.Run(reader, output, error).ShouldBe(ExitCodes.RejectedLines);
        error.ToString().ShouldContain("regel 3:");
        error.ToString().ShouldContain("UTF-8");
    }

    [Theory]
    [InlineData("")]
    [InlineData("full_name,date_of_birth\nJan,1990\n")]
    [InlineData("1,s1,Jan de Vries,,,,,,,,,\n")]
    public void Missing_or_unusable_header_is_a_usage_error(string csv)
    {
        var (code, output, error) = Run(csv);
        code.ShouldBe(ExitCodes.Usage);
        output.ShouldBeEmpty();
        error.ShouldNotBeEmpty();
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var data = Schakel.Testing.Linking.SyntheticSignals.Generate(300, seed: 1).Records;
        var sb = new StringBuilder(Header + "\n");
        foreach (var r in data)
        {
            sb.Append($"{r.SignalId},{r.SubjectId},\"{r.FullName}\",{r.DateOfBirth},\"{r.Phone}\",{r.Email},\"{r.Street}\",{r.HouseNumber},{r.Postcode},{r.City},{r.LicensePlate},{r.Handle}\n");
        }
        var first = Run(sb.ToString());
        first.Code.ShouldBe(0, first.Error);
        Run(sb.ToString()).Output.ShouldBe(first.Output);
        first.Output.Split('\n').Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Files_end_to_end_and_usage_errors()
    {
        var dir = Directory.CreateTempSubdirectory("schakel-link-");
        try
        {
            var input = Path.Combine(dir.FullName, "signals.csv");
            var output = Path.Combine(dir.FullName, "links.csv");
            File.WriteAllText(input, Header + "\n1,a,Jan de Vries,1990-03-14,,,,,,,,\n2,b,Jan de Vries,1990-03-14,,,,,,,,\n");

            Invoke(["link", "--input", input, "--output", output]).ShouldBe(ExitCodes.Ok);
            File.ReadAllText(output).ShouldStartWith("subject_id_a,subject_id_b,score,reasons,kind\na,b,");

            Invoke(["link", "--input", Path.Combine(dir.FullName, "missing.csv"), "--output", output]).ShouldBe(ExitCodes.Usage);
            Invoke(["link", "--input", input]).ShouldBe(ExitCodes.Usage);
            Invoke(["link", "--input", input, "--output", output, "--bogus"]).ShouldBe(ExitCodes.Usage);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Mirrors Program.cs: parse errors are usage errors.</summary>
    private static int Invoke(string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(LinkCommand.Create());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return ExitCodes.Usage;
        }
        var error = new StringWriter();
        return parsed.Invoke(new InvocationConfiguration { Error = error, Output = new StringWriter() });
    }
}
