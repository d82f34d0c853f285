using Schakel.Core.Audit;
using Shouldly;

namespace Schakel.UnitTests.Audit;

public class AuditRecordTypeTests
{
    // The chain's hashes cover the stored names, so a renamed member would make every later verification of old
    // entries look for a name that was never written.
    [Fact]
    public void Stored_names_are_the_names_earlier_versions_wrote()
    {
        AuditRecordType.TableMeeting.StoredName().ShouldBe("TableMeeting");
        AuditRecordType.TableAgenda.StoredName().ShouldBe("TableAgenda");
        AuditRecordType.TableMinutes.StoredName().ShouldBe("TableMinutes");
        AuditRecordType.Case.StoredName().ShouldBe("Case");
        Enum.GetValues<AuditRecordType>().Select(t => t.StoredName()).Distinct(StringComparer.Ordinal).Count()
            .ShouldBe(Enum.GetValues<AuditRecordType>().Length);
    }

    [Fact]
    public void A_search_by_kind_finds_the_older_name_too()
    {
        AuditRecordTypes.StoredNames("Case").ShouldBe(["Case", "TableCase"]);
        AuditRecordTypes.StoredNames("TableCase").ShouldBe(["Case", "TableCase"]);
        AuditRecordTypes.StoredNames(nameof(AuditRecordType.Signal)).ShouldBe(["Signal"]);
    }
}
