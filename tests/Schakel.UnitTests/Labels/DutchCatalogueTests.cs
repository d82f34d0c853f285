using System.Reflection;
using System.Runtime.CompilerServices;
using Schakel.Core.Audit;
using Schakel.Core.Labels;
using Schakel.Core.Signals;

namespace Schakel.UnitTests.Labels;

/// <summary>Every enum member and stored code a user can meet reads as Dutch words, from one catalogue.</summary>
public sealed class DutchCatalogueTests
{
    private static readonly Assembly Core = typeof(Dutch).Assembly;
    private static readonly Assembly Web = typeof(Schakel.Web.Features.Shared.Badge).Assembly;

    /// <summary>Enums that steer code and are never shown as text; each with the reason it stays out.</summary>
    private static readonly HashSet<string> NeverShown = new(StringComparer.Ordinal)
    {
        "Schakel.Web.Infrastructure.Security.Access", // an authorization verdict
        "Schakel.Web.Infrastructure.Security.CareAccess", // an authorization verdict
        "Schakel.Web.Infrastructure.Data.DatabaseProvider", // configuration
        "Schakel.Web.Features.Shared.BadgeTone", // a colour, always beside its text
        "Schakel.Web.Features.Admin.RoleRequests.RoleDecision", // the result of a call, turned into a message
        "Schakel.Web.Features.Ads.ReviewResult", // the result of a call, turned into a message
    };

    /// <summary>Dutch words that happen to equal a member's name.</summary>
    private static readonly HashSet<string> DutchAsIs = new(StringComparer.Ordinal) { "Open", "Partner", "Sector", "Postcode" };

    static DutchCatalogueTests() => RuntimeHelpers.RunModuleConstructor(Web.ManifestModule.ModuleHandle);

    public static TheoryData<string> ShownEnums()
    {
        var data = new TheoryData<string>();
        foreach (var type in Core.GetTypes().Concat(Web.GetTypes()).Where(t => t.IsEnum && t.IsVisible && !NeverShown.Contains(t.FullName!)))
        {
            data.Add(type.AssemblyQualifiedName!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShownEnums))]
    public void Every_member_of_a_shown_enum_has_a_Dutch_label_other_than_its_name(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;
        Dutch.Knows(type).ShouldBeTrue($"{type.FullName} has no label function in Schakel.Core.Labels.Dutch");
        foreach (var value in Enum.GetValues(type).Cast<Enum>())
        {
            var label = Dutch.Of(value);
            label.ShouldNotBeNullOrWhiteSpace($"{type.Name}.{value}");
            if (!DutchAsIs.Contains(label))
            {
                label.ShouldNotBe(value.ToString(), $"{type.Name}.{value} has no Dutch label");
            }
        }
    }

    [Fact]
    public void The_never_shown_list_names_only_existing_enums()
    {
        var names = Core.GetTypes().Concat(Web.GetTypes()).Where(t => t.IsEnum).Select(t => t.FullName).ToHashSet();
        NeverShown.Where(n => !names.Contains(n)).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_code_of_a_code_list_has_a_label_that_is_not_the_code(CodeList list)
    {
        var all = Dutch.All(list);
        all.ShouldNotBeEmpty();
        foreach (var (code, label) in all)
        {
            label.ShouldNotBeNullOrWhiteSpace($"{list}: {code}");
            label.ShouldNotBe(code, $"{list}: {code} has no label");
            Dutch.Code(list, code).ShouldBe(label);
        }
    }

    public static TheoryData<CodeList> Lists() => [.. Enum.GetValues<CodeList>()];

    [Fact]
    public void Codes_read_as_the_words_the_issue_asked_for()
    {
        Dutch.Code(CodeList.AgeGroup, AgeGroups.Minor).ShouldBe("Minderjarig (< 18)");
        Dutch.Code(CodeList.Gender, "V").ShouldBe("Vrouw");
        Dutch.Codes(CodeList.ExploitationForm, ["CRIMINEEL", "SEKS"]).ShouldBe("Criminele uitbuiting, Seksuele uitbuiting");
        Dutch.Code(CodeList.AdIndicator, "phone_in_signal").ShouldBe("Telefoonnummer komt voor in een signaal of casus");
        Dutch.Code(CodeList.AuditRecordType, "TableCase").ShouldBe("Casus");
        Dutch.Code(CodeList.AuditAction, nameof(AuditAction.Denied)).ShouldBe("Geweigerd");
        Dutch.Code(CodeList.Role, "AttentionOfficer").ShouldBe("Aandachtsfunctionaris");
        Dutch.Of(AuditRecordType.Case).ShouldBe("Casus");
        Dutch.Code(CodeList.Sector, "NIET_BESTAAND").ShouldBe("NIET_BESTAAND");
        Dutch.Code(CodeList.Sector, null).ShouldBe("");
    }

    [Fact]
    public void Raw_tokens_hold_member_names_and_codes_but_not_ordinary_words()
    {
        var tokens = Dutch.RawTokens();
        tokens.ShouldContain("AttentionOfficer");
        tokens.ShouldContain("TableCase");
        tokens.ShouldContain("Denied");
        tokens.ShouldContain("phone_in_signal");
        tokens.ShouldContain("MINDERJARIG");
        tokens.ShouldContain("CRIMINEEL");
        tokens.ShouldContain("RegisteredForTable");
        tokens.ShouldContain("LinkClusterFlagged");
        tokens.ShouldNotContain("Open");
        tokens.ShouldNotContain("V");
        tokens.ShouldNotContain("18-23");
        tokens.ShouldNotContain("RIEC");
    }
}
