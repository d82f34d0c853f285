using System.Runtime.CompilerServices;
using Schakel.Core.Labels;
using Schakel.Web.Features.Ads.Contracts;

namespace Schakel.Web.Features.Ads;

/// <summary>Hands the label function of the ad outcome to the one catalogue, when the web assembly loads.</summary>
internal static class AdEnumLabels
{
    [ModuleInitializer]
    internal static void Register() => Dutch.Register<AdOutcome>(AdLabels.Dutch);
}
