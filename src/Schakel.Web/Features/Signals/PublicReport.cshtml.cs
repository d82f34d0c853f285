using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// The public reporting form (/melden): no account, anonymous allowed, works without JavaScript. A one-time token makes a
/// resubmitted form harmless; a hidden honeypot field catches simple bots.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
[RequestSizeLimit(128 * 1024)]
[RequestFormLimits(ValueLengthLimit = 16 * 1024, ValueCountLimit = 1000)]
public sealed class PublicReportModel(SchakelDb db, SignalIntake intake, TimeProvider clock, ILogger<PublicReportModel> logger) : SignalFormPage(db, clock)
{
    public override bool IsPublic => true;

    /// <summary>What a citizen hears of the signal check: one plain sentence (B1), no levels, weights or indicators.</summary>
    public static string CitizenSentence(ConcernLevel level) => level switch
    {
        ConcernLevel.High => "Wat u beschrijft, is een duidelijk signaal: verstuur uw melding, dan kijkt de gemeente er snel naar.",
        ConcernLevel.Medium => "Wat u beschrijft, kan een signaal van uitbuiting zijn: verstuur uw melding, dan kijkt de gemeente ernaar.",
        _ => "Ook een klein signaal helpt: verstuur uw melding, dan kijkt de gemeente of er meer aan de hand is.",
    };

    [BindProperty]
    public string SubmissionToken { get; set; } = "";

    /// <summary>Honeypot: invisible to people, filled by bots.</summary>
    [BindProperty]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        SubmissionToken = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!string.IsNullOrEmpty(Website))
        {
            logger.LogWarning("Public form submission dropped by the honeypot.");
            return RedirectToPage("/Signals/PublicThanks", new { reference = "" });
        }
        if (!Guid.TryParseExact(SubmissionToken, "N", out _))
        {
            SubmissionToken = Guid.NewGuid().ToString("N");
        }
        Draft.Kind = SignalKind.Report;
        Draft.IsAcute = false;
        if (!ValidateDraft())
        {
            return Page();
        }
        var result = await intake.CreateAsync(Draft, new IntakeSource(IntakeChannel.PublicForm, "Openbaar meldformulier", SubmissionToken: SubmissionToken), HttpContext.RequestAborted);
        return RedirectToPage("/Signals/PublicThanks", new { reference = result.Signal.Reference });
    }
}
