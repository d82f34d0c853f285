using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care.Consents;

/// <summary>The person's consents: recorded and withdrawn. A withdrawn consent takes the person out of every later export.</summary>
public sealed class ConsentsModel(CareFileAccess access, SchakelDb db, AuditLog audit) : CareSectionPage(access, db, audit)
{
    protected override string Section => "toestemming";

    [BindProperty] public ConsentInput ConsentIn { get; set; } = new();
    [BindProperty] public DateOnly? WithdrawnOn { get; set; }
    [BindProperty] public int ItemId { get; set; }
    [BindProperty] public int ItemVersion { get; set; }

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Consent", () =>
    {
        if (ConsentIn.GivenOn is null || !Enum.IsDefined(ConsentIn.Scope))
        {
            return "Kies de reikwijdte en vul de datum van de toestemming in.";
        }
        if (ConsentIn.GivenOn > Today)
        {
            return "De datum van de toestemming ligt in de toekomst.";
        }
        if (ConsentIn.Scope == ConsentScope.ShareWithPartner && string.IsNullOrWhiteSpace(ConsentIn.PartnerName))
        {
            return "Noem de partner met wie gedeeld mag worden.";
        }
        Dossier.Consents.Add(new Consent
        {
            Scope = ConsentIn.Scope, PartnerName = ConsentIn.Scope == ConsentScope.ShareWithPartner ? ConsentIn.PartnerName!.Trim() : null,
            GivenOn = ConsentIn.GivenOn.Value, RecordedBy = User.ActorName(),
        });
        return null;
    }, "Toestemming vastgelegd.");

    public Task<IActionResult> OnPostWithdrawAsync(int id) => EditAsync(id, $"Consent-{ItemId}", () =>
    {
        var consent = Dossier.Consents.FirstOrDefault(c => c.Id == ItemId);
        if (consent is null)
        {
            return "Deze toestemming bestaat niet (meer).";
        }
        if (consent.WithdrawnOn is not null)
        {
            return "Deze toestemming is al ingetrokken.";
        }
        var on = WithdrawnOn ?? Today;
        if (on < consent.GivenOn)
        {
            return "De datum van intrekken ligt voor de datum waarop de toestemming is gegeven.";
        }
        consent.WithdrawnOn = on;
        Db.Entry(consent).Property(c => c.Version).OriginalValue = ItemVersion;
        return null;
    }, "Toestemming ingetrokken. De persoon valt uit elke latere export.");
}
