using Schakel.Core.Care;

namespace Schakel.Web.Features.Care.Consents;

// Strings are nullable on purpose: validation and its Dutch messages live in the page, not in implicit [Required].
public sealed class ConsentInput
{
    public ConsentScope Scope { get; set; } = ConsentScope.CoMenshaReport;
    public string? PartnerName { get; set; }
    public DateOnly? GivenOn { get; set; }
}
