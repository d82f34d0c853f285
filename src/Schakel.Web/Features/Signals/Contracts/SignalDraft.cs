using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals.Contracts;

/// <summary>What a melder fills in, whichever way the signal arrives (app, public form, API, phone).</summary>
public sealed class SignalDraft
{
    public SignalKind Kind { get; set; } = SignalKind.Report;
    public string? MelderTypeCode { get; set; }
    public string? MelderName { get; set; }
    public string? MelderContact { get; set; }
    public DateOnly? ObservedOn { get; set; }
    public int? MunicipalityId { get; set; }
    public List<string> FormCodes { get; set; } = [];
    public string? SectorCode { get; set; }
    public List<string> IndicatorCodes { get; set; } = [];
    public string? Description { get; set; }
    public bool IsAcute { get; set; }
    public AcuteActor? AcuteBy { get; set; }
    public string? AcuteIntervention { get; set; }
    public List<SubjectDraft> Subjects { get; set; } = [];
}
