using System.ComponentModel.DataAnnotations;
using Schakel.Web.Infrastructure.Web;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals;

public sealed class SignalCheckOptions : IValidatableObject
{
    [Range(1, 1000, ErrorMessage = Settings.RangeMessage)] public int MediumFrom { get; set; } = 4;
    [Range(1, 1000, ErrorMessage = Settings.RangeMessage)] public int HighFrom { get; set; } = 8;
    [Range(1, 100, ErrorMessage = Settings.RangeMessage)] public int AcuteFromCriticalCount { get; set; } = 2;

    public SignalCheckThresholds Thresholds => new(MediumFrom, HighFrom, AcuteFromCriticalCount);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HighFrom <= MediumFrom)
        {
            yield return new ValidationResult($"moet hoger zijn dan MediumFrom ({MediumFrom}).", [nameof(HighFrom)]);
        }
    }
}
